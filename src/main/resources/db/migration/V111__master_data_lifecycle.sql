-- Master data lifecycle (docs/api.md, Master data lifecycle): time-limited courier suspensions,
-- deactivated stations (rows are never deleted, so open cases keep their station), and an audit list.
alter table courier add column suspended_until date;
alter table station add column active boolean not null default true;

create table master_data_audit (
    id          bigint auto_increment primary key,
    entity_type varchar(16)   not null,
    entity_key  varchar(32)   not null,
    action      varchar(16)   not null,
    changed_at  datetime      not null,
    changed_by  varchar(100)  not null,
    detail      varchar(1000) not null
);
create index ix_master_data_audit_entity on master_data_audit (entity_type, entity_key, changed_at);
