-- Optimistic locking for complaints and violations, as claims have had from the start (V40): an update
-- from a stale copy fails instead of overwriting another step's change. H2 and MySQL/MariaDB.
alter table complaint add column version bigint not null default 0;
alter table violation add column version bigint not null default 0;
