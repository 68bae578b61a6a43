-- The claim's timeline (decision 0018): the shared timeline entry's columns, one row per step.
-- H2 and MySQL/MariaDB.
create table claim_event (
    id          bigint auto_increment primary key,
    claim_id    bigint        not null,
    event_type  varchar(40)   not null,
    occurred_at datetime      not null,
    actor       varchar(64),
    detail      varchar(2000),
    constraint fk_claim_event_claim foreign key (claim_id) references claim (id)
);
create index ix_claim_event_claim on claim_event (claim_id, occurred_at);
