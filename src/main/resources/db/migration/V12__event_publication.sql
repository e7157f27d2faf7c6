-- Spring Modulith's event publication registry (its schema v2 for PostgreSQL, spring-modulith-events-jdbc
-- 2.1): a domain event is stored here for each listener in the transaction that publishes it, and
-- completed when the listener has run. Incomplete ones are published again after a restart and, once
-- failed, by the platform's retry (reglament.events.retry).
create table event_publication (
    id                      uuid not null primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
