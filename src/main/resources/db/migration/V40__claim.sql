-- Claim compensation (理赔). Portable between H2 and MySQL/MariaDB.
-- active_waybill_no is the waybill while the claim is open or paid, NULL once it is time-barred or
-- abandoned: its unique index is the "one final claim per shipment" rule, even under concurrency.
create table claim (
    id                      bigint auto_increment primary key,
    case_no                 varchar(16)   not null,
    waybill_no              varchar(32)   not null,
    active_waybill_no       varchar(32),
    origin                  varchar(16)   not null,
    complaint_case_no       varchar(16),
    status                  varchar(24)   not null,
    customer_name           varchar(50)   not null,
    customer_phone          varchar(20),
    customer_email          varchar(120),
    description             varchar(2000),
    reported_loss_type      varchar(20),
    claimed_amount          decimal(12,2),
    service_type            varchar(16)   not null,
    shipped_at              datetime      not null,
    promised_at             datetime      not null,
    delivered_at            datetime,
    postage                 decimal(12,2) not null,
    insured                 boolean       not null,
    declared_value          decimal(12,2),
    insurance_fee           decimal(12,2),
    station_code            varchar(16)   not null,
    courier_no              varchar(16),
    loss_type               varchar(20),
    responsible_party       varchar(20),
    actual_loss             decimal(12,2),
    full_value              decimal(12,2),
    wrong_recipient_details boolean       not null default false,
    assessment_note         varchar(2000),
    assessed_by             varchar(64),
    assessed_at             datetime,
    payout_amount           decimal(12,2),
    payout_rule_code        varchar(40),
    approval_level          varchar(16),
    dispute_rounds          int           not null default 0,
    violation_case_no       varchar(16),
    close_reason            varchar(24),
    registered_at           datetime      not null,
    offered_at              datetime,
    accepted_at             datetime,
    closed_at               datetime,
    updated_at              datetime      not null,
    version                 bigint        not null default 0
);
create unique index ux_claim_case_no on claim (case_no);
create unique index ux_claim_active_waybill on claim (active_waybill_no);
create index ix_claim_waybill on claim (waybill_no);
create index ix_claim_status on claim (status, registered_at);
create index ix_claim_station on claim (station_code);

-- The breakdown of the current payout, as the customer reads it.
create table claim_payout_line (
    claim_id bigint        not null,
    line_no  int           not null,
    label    varchar(255)  not null,
    amount   decimal(12,2) not null,
    primary key (claim_id, line_no),
    constraint fk_claim_payout_line foreign key (claim_id) references claim (id)
);

-- Every assessment (a dispute sends the claim back for another one): who, what, and its payout.
create table claim_assessment (
    claim_id          bigint        not null,
    seq               int           not null,
    assessor          varchar(64)   not null,
    loss_type         varchar(20)   not null,
    responsible_party varchar(20)   not null,
    actual_loss       decimal(12,2),
    full_value        decimal(12,2),
    payout_amount     decimal(12,2),
    payout_rule_code  varchar(40),
    assessed_at       datetime      not null,
    primary key (claim_id, seq),
    constraint fk_claim_assessment foreign key (claim_id) references claim (id)
);

-- Approval history: automatic approvals, approvals and returns by supervisor and manager.
create table claim_approval (
    claim_id      bigint        not null,
    seq           int           not null,
    approval_step varchar(16)   not null,
    decision      varchar(16)   not null,
    approver      varchar(64)   not null,
    approval_note varchar(1000),
    payout_amount decimal(12,2) not null,
    decided_at    datetime      not null,
    primary key (claim_id, seq),
    constraint fk_claim_approval foreign key (claim_id) references claim (id)
);

-- Dispute rounds: the customer refused an offer.
create table claim_dispute (
    claim_id       bigint        not null,
    seq            int           not null,
    round_no       int           not null,
    channel        varchar(16)   not null,
    reason         varchar(2000),
    offered_amount decimal(12,2),
    recorded_by    varchar(64),
    disputed_at    datetime      not null,
    primary key (claim_id, seq),
    constraint fk_claim_dispute foreign key (claim_id) references claim (id)
);

-- Evidence files live on disk (parceldesk.claim.evidence.dir); the database keeps metadata and a checksum.
create table claim_evidence (
    id            bigint auto_increment primary key,
    claim_case_no varchar(16)  not null,
    original_name varchar(255) not null,
    content_type  varchar(64)  not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    storage_key   varchar(255) not null,
    uploaded_at   datetime     not null
);
create index ix_claim_evidence_case on claim_evidence (claim_case_no);

-- One payment per claim: the unique key makes a retried or doubly-run step harmless.
create table claim_payment (
    id            bigint auto_increment primary key,
    claim_case_no varchar(16)   not null,
    amount        decimal(12,2) not null,
    currency      varchar(3)    not null,
    payment_ref   varchar(40)   not null,
    paid_at       datetime      not null
);
create unique index ux_claim_payment_case on claim_payment (claim_case_no);
create index ix_claim_payment_paid_at on claim_payment (paid_at);

-- Chargeback (扣款) of a paid claim to the responsible station; read by the monthly claims report.
create table claim_chargeback (
    id                bigint auto_increment primary key,
    claim_case_no     varchar(16)   not null,
    station_code      varchar(16)   not null,
    responsible_party varchar(20)   not null,
    payout_amount     decimal(12,2) not null,
    share_ratio       decimal(5,4)  not null,
    amount            decimal(12,2) not null,
    violation_case_no varchar(16),
    created_at        datetime      not null
);
create unique index ux_claim_chargeback_case on claim_chargeback (claim_case_no);
create index ix_claim_chargeback_station on claim_chargeback (station_code, created_at);

-- Money recovered from the insurer or the linehaul carrier (保险/承运商追偿); read by the monthly report.
create table claim_recovery (
    id            bigint auto_increment primary key,
    claim_case_no varchar(16)   not null,
    counterparty  varchar(20)   not null,
    amount        decimal(12,2) not null,
    recovery_ref  varchar(64),
    note          varchar(1000),
    recorded_by   varchar(64),
    recorded_at   datetime      not null
);
create unique index ux_claim_recovery_case on claim_recovery (claim_case_no);
create index ix_claim_recovery_recorded_at on claim_recovery (recorded_at);
