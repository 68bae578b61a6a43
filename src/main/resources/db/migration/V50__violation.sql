-- Courier violations (违规): the case, its timeline, the courier ledger and vehicle plates.
-- Portable between H2 and MySQL/MariaDB.
create table violation (
    id                     bigint auto_increment primary key,
    case_no                varchar(20)   not null,
    courier_no             varchar(16)   not null,
    station_code           varchar(16)   not null,
    violation_type         varchar(32)   not null,
    source                 varchar(16)   not null,
    source_case_no         varchar(20),
    waybill_no             varchar(32),
    description            text,
    occurred_at            datetime,
    -- courier|type|waybill, or courier|type|hour for monitoring alarms; null when nothing identifies a repeat
    dedupe_key             varchar(120),
    status                 varchar(24)   not null,
    registered_by          varchar(64)   not null,
    registered_at          datetime      not null,
    statement_text         text,
    statement_by           varchar(64),
    statement_at           datetime,
    statement_missed       boolean       not null default false,
    decision               varchar(16),
    severity               varchar(16),
    decision_reason        text,
    decided_by             varchar(64),
    decided_at             datetime,
    prior_upheld           int,
    penalty_measure        varchar(24),
    fine_amount            decimal(12,2),
    suspension_days        int,
    points                 int,
    supervisor_required    boolean,
    station_approved_by    varchar(64),
    station_approved_at    datetime,
    supervisor_approved_by varchar(64),
    supervisor_approved_at datetime,
    appeal_deadline        datetime,
    appeal_text            text,
    appealed_by            varchar(64),
    appealed_at            datetime,
    appeal_outcome         varchar(16),
    reduced_severity       varchar(16),
    appeal_reason          text,
    appeal_reviewer        varchar(64),
    appeal_decided_at      datetime,
    outcome                varchar(16),
    closed_at              datetime,
    constraint ux_violation_case_no unique (case_no),
    constraint ux_violation_dedupe unique (dedupe_key),
    constraint fk_violation_courier foreign key (courier_no) references courier (employee_no)
);
create index ix_violation_courier on violation (courier_no, decided_at);
create index ix_violation_station on violation (station_code, status);
create index ix_violation_registered on violation (registered_at);

create table violation_event (
    id           bigint auto_increment primary key,
    violation_id bigint       not null,
    occurred_at  datetime     not null,
    kind         varchar(32)  not null,
    actor        varchar(64),
    note         varchar(1000),
    constraint fk_violation_event foreign key (violation_id) references violation (id)
);
create index ix_violation_event on violation_event (violation_id, occurred_at);

-- One row per closed case: what it finally cost the courier (a cleared case costs nothing).
create table courier_ledger_entry (
    id              bigint auto_increment primary key,
    courier_no      varchar(16)   not null,
    station_code    varchar(16)   not null,
    case_no         varchar(20)   not null,
    violation_type  varchar(32)   not null,
    outcome         varchar(16)   not null,
    measure         varchar(24),
    fine_amount     decimal(12,2) not null,
    suspension_days int           not null,
    points          int           not null,
    cleared         boolean       not null,
    booked_at       datetime      not null,
    constraint ux_courier_ledger_case unique (case_no),
    constraint fk_courier_ledger_courier foreign key (courier_no) references courier (employee_no)
);
create index ix_courier_ledger_courier on courier_ledger_entry (courier_no, booked_at);

-- A suspension review opened when a courier's points reach the threshold.
create table courier_ledger_review (
    id            bigint auto_increment primary key,
    courier_no    varchar(16)  not null,
    case_no       varchar(20)  not null,
    points        int          not null,
    opened_at     datetime     not null,
    review_outcome varchar(24),
    review_comment varchar(1000),
    reviewed_by   varchar(64),
    reviewed_at   datetime,
    constraint ux_courier_ledger_review_case unique (case_no),
    constraint fk_courier_ledger_review foreign key (courier_no) references courier (employee_no)
);

-- Vehicle plate -> courier, for BeiDou/GPS alarms that name a plate only.
create table courier_vehicle (
    plate      varchar(16) not null primary key,
    courier_no varchar(16) not null,
    constraint fk_courier_vehicle foreign key (courier_no) references courier (employee_no)
);
create index ix_courier_vehicle_courier on courier_vehicle (courier_no);
