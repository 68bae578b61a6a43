-- Reports (docs/reports.md): the export audit, and indexes for the report queries' range scans.
-- Portable between H2 and MySQL/MariaDB.

-- Who exported which report with which filter, when (快递市场管理办法 2023 arts. 35-37).
create table report_export (
    id          bigint auto_increment primary key,
    exported_at datetime     not null,
    user_id     varchar(64)  not null,
    report      varchar(40)  not null,
    format      varchar(8)   not null,
    period      varchar(40)  not null,
    -- the station codes the report was limited to (comma-separated), null for all stations
    stations    varchar(500),
    parameters  varchar(1000) not null,
    masked      boolean      not null
);
create index ix_report_export_at on report_export (exported_at);

-- complaints: weekly summary (received per station, closed in the week, reopen events in the week)
create index ix_complaint_station_received on complaint (station_code, received_at);
create index ix_complaint_closed on complaint (closed_at);
create index ix_complaint_event_type_at on complaint_event (event_type, occurred_at);

-- claims: monthly report (filed, finished, disputes, chargebacks in the month)
create index ix_claim_registered on claim (registered_at);
create index ix_claim_closed on claim (closed_at);
create index ix_claim_dispute_at on claim_dispute (disputed_at);
create index ix_claim_chargeback_created on claim_chargeback (created_at);

-- violations: monthly 奖罚 detail (decided, appealed, booked in the month)
create index ix_violation_decided on violation (decided_at);
create index ix_violation_appealed on violation (appealed_at);
create index ix_courier_ledger_booked on courier_ledger_entry (booked_at);

-- shipments: KPI (shipped in the month per delivering station) and origin analysis (shipped per origin)
create index ix_shipment_destination_shipped on shipment (destination_station_code, shipped_at);
create index ix_shipment_origin_shipped on shipment (origin_station_code, shipped_at);
create index ix_shipment_shipped on shipment (shipped_at);
