-- SLA clocks (one per case and SLA) and the warnings/breaches they raised. Portable between H2 and MySQL/MariaDB.
-- Instants are stored in UTC (hibernate.jdbc.time_zone), whole seconds.
create table sla_clock (
    id                     bigint auto_increment primary key,
    case_no                varchar(32)  not null,
    sla_name               varchar(64)  not null,
    mode                   varchar(16)  not null,
    -- terms copied from the configuration at start, so later edits do not move a running deadline
    duration_seconds       bigint       not null,
    warning_fraction       decimal(5,4) not null,
    peak_extension_seconds bigint       not null default 0,
    peak_season            varchar(100),
    started_at             datetime     not null,
    paused_at              datetime,
    -- seconds paused so far, measured in the clock's mode (business time for BUSINESS)
    paused_total           bigint       not null default 0,
    due_at                 datetime     not null,
    warning_at             datetime     not null,
    stopped_at             datetime,
    version                bigint       not null default 0,
    constraint ux_sla_clock_case_sla unique (case_no, sla_name)
);

create table sla_event (
    id          bigint auto_increment primary key,
    case_no     varchar(32) not null,
    sla_name    varchar(64) not null,
    level       varchar(16) not null,
    occurred_at datetime    not null,
    deadline_at datetime    not null,
    constraint ux_sla_event_case_sla_level unique (case_no, sla_name, level)
);
create index ix_sla_event_report on sla_event (level, occurred_at);
