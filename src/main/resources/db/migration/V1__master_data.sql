-- Master data: stations, couriers, shipment snapshots. Portable between H2 and MySQL/MariaDB.
create table station (
    code            varchar(16)  not null primary key,
    name            varchar(100) not null,
    city            varchar(50)  not null,
    manager_user_id varchar(64),
    handler_group   varchar(64)  not null,
    franchise       boolean      not null default false
);

create table courier (
    employee_no  varchar(16)  not null primary key,
    name         varchar(50)  not null,
    station_code varchar(16)  not null,
    phone        varchar(20)  not null,
    status       varchar(16)  not null,
    user_id      varchar(64),
    constraint fk_courier_station foreign key (station_code) references station (code)
);
create index ix_courier_station on courier (station_code);
create unique index ux_courier_user on courier (user_id);

create table shipment (
    waybill_no               varchar(32)   not null primary key,
    service_type             varchar(16)   not null,
    shipped_at               datetime      not null,
    promised_at              datetime      not null,
    delivered_at             datetime,
    pickup_courier_no        varchar(16),
    delivery_courier_no      varchar(16),
    origin_station_code      varchar(16)   not null,
    destination_station_code varchar(16)   not null,
    postage                  decimal(12,2) not null,
    insured                  boolean       not null,
    declared_value           decimal(12,2),
    insurance_fee            decimal(12,2),
    status                   varchar(16)   not null,
    constraint fk_shipment_origin foreign key (origin_station_code) references station (code),
    constraint fk_shipment_destination foreign key (destination_station_code) references station (code),
    constraint fk_shipment_pickup foreign key (pickup_courier_no) references courier (employee_no),
    constraint fk_shipment_delivery foreign key (delivery_courier_no) references courier (employee_no)
);
create index ix_shipment_filters on shipment (service_type, status);
create index ix_shipment_destination on shipment (destination_station_code);

create table case_number_counter (
    case_prefix varchar(2) not null,
    case_day    varchar(8) not null,
    last_seq    bigint     not null,
    primary key (case_prefix, case_day)
);
