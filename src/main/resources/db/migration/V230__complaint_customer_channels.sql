-- Customer channels of complaints (docs/channels.md): co-complainants, regulator referrals (申诉) and
-- evidence photos sent with "Add information". Portable between H2 and MySQL/MariaDB.

-- A second customer about the same waybill and category while the complaint is open: kept on that
-- complaint with their own contact and words, told the same notices and the reply.
create table complaint_co_complainant (
    id             bigint auto_increment primary key,
    complaint_id   bigint        not null,
    channel        varchar(16)   not null,
    customer_name  varchar(50)   not null,
    customer_phone varchar(20)   not null,
    customer_email varchar(254),
    description    text          not null,
    received_at    datetime      not null,
    received_by    varchar(64),
    constraint fk_complaint_co_complainant foreign key (complaint_id) references complaint (id)
);
create index ix_complaint_co_complainant on complaint_co_complainant (complaint_id);

-- Regulator referrals: the regulator's reference, deadline (a local date, inclusive) and contact,
-- and the outcome report sent back (what, and on which day; recorded_at is when it was entered).
alter table complaint add column regulator_reference varchar(64);
alter table complaint add column regulator_deadline date;
alter table complaint add column regulator_contact varchar(200);
alter table complaint add column regulator_report text;
alter table complaint add column regulator_reported_on date;
alter table complaint add column regulator_report_recorded_at datetime;

-- Files the customer sent on the portal; the bytes are on disk (same store and limits as claim evidence).
create table complaint_evidence (
    id                bigint auto_increment primary key,
    complaint_case_no varchar(20)  not null,
    original_name     varchar(255) not null,
    content_type      varchar(64)  not null,
    size_bytes        bigint       not null,
    sha256            varchar(64)  not null,
    storage_key       varchar(255) not null,
    uploaded_at       datetime     not null
);
create index ix_complaint_evidence_case on complaint_evidence (complaint_case_no);
