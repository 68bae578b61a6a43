-- Business calendar as data (docs/sla.md): public holidays and make-up working days per year,
-- seeded from calendar/holidays-cn.yaml on first start and maintained by admin through the API.
-- Portable between H2 and MySQL/MariaDB; instants in UTC.
create table calendar_year (
    cal_year    int          not null primary key,
    -- where the current content came from: SEED (the shipped file), API, UPLOAD, CONSOLE
    source      varchar(16)  not null,
    updated_at  datetime     not null,
    updated_by  varchar(100) not null
);

-- One row per exceptional date; every other date is Monday-Friday working, weekend off.
create table calendar_day (
    cal_date    date         not null primary key,
    cal_year    int          not null,
    -- PUBLIC_HOLIDAY (day off) or MAKE_UP_WORKING_DAY (weekend day worked)
    day_type    varchar(32)  not null,
    occasion    varchar(100) not null,
    constraint fk_calendar_day_year foreign key (cal_year) references calendar_year (cal_year)
);
create index ix_calendar_day_year on calendar_day (cal_year);

-- Who changed which year when, and what changed (dates added and removed).
create table calendar_audit (
    id                bigint auto_increment primary key,
    cal_year          int           not null,
    changed_at        datetime      not null,
    changed_by        varchar(100)  not null,
    action            varchar(16)   not null,
    source            varchar(16)   not null,
    summary           varchar(4000) not null,
    clocks_recomputed int           not null default 0
);
create index ix_calendar_audit_year on calendar_audit (cal_year, changed_at);

-- One row. Every change locks it (SELECT ... FOR UPDATE) and increments it in the same transaction:
-- changes take turns across nodes, and each node reloads its cached calendar when the number moves.
create table calendar_revision (
    id       int    not null primary key,
    revision bigint not null
);
insert into calendar_revision (id, revision) values (1, 0);
