-- Transactional outbox for e-mail notifications: one row per message and address, written in the
-- transaction of the step that causes it and drained by OutboxSender (see docs/notifications.md).
create table notification_outbox (
    id              bigint auto_increment primary key,
    -- case number + template + step (+ address for user/group recipients): a message is never queued twice
    dedupe_key      varchar(500)  not null,
    case_no         varchar(32)   not null,
    template        varchar(100)  not null,
    step            varchar(100)  not null,
    recipient       varchar(320)  not null,
    locale          varchar(16)   not null,
    model           text          not null,
    -- PENDING -> SENDING (claimed by one node until claimed_until) -> SENT | PENDING (retry) | FAILED
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at datetime      not null,
    last_error      varchar(1000),
    claimed_by      varchar(100),
    claimed_until   datetime,
    created_at      datetime      not null,
    sent_at         datetime,
    constraint ux_notification_outbox_dedupe unique (dedupe_key)
);
create index ix_notification_outbox_due on notification_outbox (status, next_attempt_at);
create index ix_notification_outbox_case on notification_outbox (case_no);

-- One row per case that was ever notified: enqueue locks it (SELECT ... FOR UPDATE) for the rest of
-- the caller's transaction, so that two transactions queueing messages for the same case take
-- turns and never race on the unique dedupe key (a race that InnoDB may answer with a deadlock).
create table notification_case_lock (
    case_no varchar(32) not null primary key
);
