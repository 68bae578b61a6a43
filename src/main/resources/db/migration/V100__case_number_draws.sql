-- Case numbers without a second connection and without a lock held until commit (decision 0002).
-- Each prefix draws from its own auto-increment table: the database hands out the values outside
-- any row lock, and they are never handed out twice, even to transactions that later roll back.
-- Rows are kept (MariaDB before 11 recomputes the counter from max(id) on restart): never empty these tables.
create table case_number_draw_ts (
    id       bigint auto_increment primary key,
    case_day varchar(8) not null
);
create table case_number_draw_lp (
    id       bigint auto_increment primary key,
    case_day varchar(8) not null
);
create table case_number_draw_wg (
    id       bigint auto_increment primary key,
    case_day varchar(8) not null
);

-- The day's number is draw id - seq_base; the first draw of a day writes seq_base = its id - 1.
create table case_number_day (
    case_prefix varchar(2) not null,
    case_day    varchar(8) not null,
    seq_base    bigint     not null,
    primary key (case_prefix, case_day)
);

-- Days counted by the previous counter continue after their last number (the first draw is id 1).
insert into case_number_day (case_prefix, case_day, seq_base)
select case_prefix, case_day, 0 - last_seq from case_number_counter;
drop table case_number_counter;
