-- E-mail intake (docs/channels.md): every message read from the service mailbox, once.
-- message_key is the SHA-256 of the Message-ID (or of the message's headers when it has none): the
-- unique key that makes a message processed exactly once, written in the transaction that files
-- the case, so that a crash before the commit leaves nothing and one after it is recognised.
create table mail_intake_message (
    id           bigint auto_increment primary key,
    message_key  varchar(64)   not null,
    message_id   varchar(500),
    outcome      varchar(16)   not null,
    case_no      varchar(20),
    received_at  datetime      not null,
    processed_at datetime      not null,
    processed_by varchar(100)  not null
);
create unique index ux_mail_intake_message_key on mail_intake_message (message_key);
create index ix_mail_intake_message_case on mail_intake_message (case_no);

-- The poll runs on one node at a time: the node that holds this row's lease reads the mailbox.
create table mail_intake_lease (
    name       varchar(32)  not null primary key,
    held_by    varchar(100),
    held_until datetime
);
insert into mail_intake_lease (name) values ('mailbox');

-- Mails that name no known waybill nor an open case of their sender: a handler files or dismisses them.
create table mail_unmatched (
    id            bigint auto_increment primary key,
    message_row   bigint        not null,
    from_address  varchar(320)  not null,
    from_name     varchar(100),
    subject       varchar(500),
    body          text,
    reason        varchar(300)  not null,
    received_at   datetime      not null,
    due_at        datetime      not null,
    status        varchar(16)   not null,
    case_no       varchar(20),
    resolved_by   varchar(64),
    resolved_at   datetime,
    note          varchar(500),
    constraint fk_mail_unmatched_message foreign key (message_row) references mail_intake_message (id)
);
create index ix_mail_unmatched_status_due on mail_unmatched (status, due_at);

-- Attachments kept as evidence: the file lives under parceldesk.mail-intake.attachment-dir.
create table mail_attachment (
    id           bigint auto_increment primary key,
    message_row  bigint        not null,
    case_no      varchar(20),
    unmatched_id bigint,
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    storage_key  varchar(300)  not null,
    created_at   datetime      not null,
    constraint fk_mail_attachment_message foreign key (message_row) references mail_intake_message (id)
);
create index ix_mail_attachment_case on mail_attachment (case_no);
create index ix_mail_attachment_unmatched on mail_attachment (unmatched_id);
