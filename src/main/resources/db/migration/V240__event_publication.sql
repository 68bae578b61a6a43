-- Spring Modulith's event publication registry (JPA): one row per event and listener, written in the
-- publishing transaction, completed when the listener's own transaction commits. Incomplete rows are
-- retried (docs/architecture.md, "Events between modules"). Runs on H2 and MySQL/MariaDB.
-- id is a UUID stored as text (hibernate.type.preferred_uuid_jdbc_type: CHAR) so that one column type
-- serves every database.
create table event_publication (
    id               varchar(36)   not null,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date datetime(6)   not null,
    completion_date  datetime(6),
    primary key (id)
);
create index ix_event_publication_completion on event_publication (completion_date);
