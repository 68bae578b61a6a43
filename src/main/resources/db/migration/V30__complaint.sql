-- Complaints (投诉): the case, its timeline, and the answers given to idempotent intake requests.
-- Portable between H2 and MySQL/MariaDB.
create table complaint (
    id                     bigint auto_increment primary key,
    case_no                varchar(20)   not null,
    status                 varchar(32)   not null,
    channel                varchar(16)   not null,
    category               varchar(32)   not null,
    priority               varchar(8)    not null,
    waybill_no             varchar(32)   not null,
    customer_name          varchar(50)   not null,
    customer_phone         varchar(20)   not null,
    customer_email         varchar(254),
    description            text          not null,
    station_code           varchar(16),
    courier_no             varchar(16),
    shipment_status        varchar(16),
    promised_delivery_at   datetime,
    delivered_at           datetime,
    received_at            datetime      not null,
    received_by            varchar(64),
    acknowledged_at        datetime,
    first_contact_due_at   datetime,
    first_contacted_at     datetime,
    promised_resolution_at datetime,
    resolution_due_at      datetime,
    replied_at             datetime,
    closed_at              datetime,
    first_contact_breached boolean       not null default false,
    resolution_breached    boolean       not null default false,
    handler_groups         varchar(200),
    finding                text,
    responsible_party      varchar(20),
    responsible_courier_no varchar(16),
    resolution             text,
    satisfaction           integer,
    satisfaction_source    varchar(16),
    satisfaction_comment   varchar(1000),
    reopened               boolean       not null default false,
    claim_case_no          varchar(20),
    violation_case_no      varchar(20),
    -- waybill|category while open, null when final: at most one open complaint per waybill and category
    open_key               varchar(64)
);
create unique index ux_complaint_case_no on complaint (case_no);
create unique index ux_complaint_open_key on complaint (open_key);
create index ix_complaint_phone_received on complaint (customer_phone, received_at);
create index ix_complaint_received on complaint (received_at);
create index ix_complaint_station on complaint (station_code);
create index ix_complaint_status on complaint (status);

create table complaint_event (
    id           bigint auto_increment primary key,
    complaint_id bigint       not null,
    event_type   varchar(40)  not null,
    occurred_at  datetime     not null,
    actor        varchar(64)  not null,
    detail       varchar(2000),
    constraint fk_complaint_event_complaint foreign key (complaint_id) references complaint (id)
);
create index ix_complaint_event_complaint on complaint_event (complaint_id);

create table complaint_idempotency (
    id              bigint auto_increment primary key,
    client_id       varchar(64)  not null,
    idem_key        varchar(100) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    case_no         varchar(20),
    created_at      datetime     not null
);
create unique index ux_complaint_idempotency on complaint_idempotency (client_id, idem_key);
