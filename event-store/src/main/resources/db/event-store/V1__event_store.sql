-- The event store every service keeps in its own database. Shared migrations use versions 1-99;
-- a service's own migrations (db/migration) start at 100.

-- Every state change of every aggregate, in the order it was committed per stream. Append-only.
create table events (
    position        bigint generated always as identity primary key,
    event_id        uuid        not null,
    stream_type     text        not null,
    stream_id       uuid        not null,
    version         bigint      not null check (version > 0),
    case_id         uuid        not null,
    event_type      text        not null,
    data            jsonb       not null,
    actor           text        not null,
    correlation_id  uuid,
    causation_id    uuid,
    occurred_at     timestamptz not null,
    constraint events_event_id_unique unique (event_id),
    -- optimistic concurrency: two writers of one stream cannot both append the same version
    constraint events_stream_version_unique unique (stream_id, version)
);

create index events_by_stream_type on events (stream_type, stream_id, version);
create index events_by_case on events (case_id, position);

create function events_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'events are append-only: % is not allowed', tg_op;
end;
$$;

create trigger events_no_update_or_delete before update or delete on events
    for each row execute function events_are_append_only();
create trigger events_no_truncate before truncate on events
    for each statement execute function events_are_append_only();

-- What the relay still has to publish. A row is written in the transaction that appends its
-- event, and marked once Kafka has acknowledged it.
create table outbox (
    position      bigint      primary key references events (position),
    topic         text        not null,
    published_at  timestamptz
);

create index outbox_unpublished on outbox (position) where published_at is null;

-- The events each consumer has already applied; written in the transaction of the effect.
create table processed_events (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key: the same key with the same request returns what the first request created.
create table idempotency_keys (
    scope         text        not null,
    idempotency_key text      not null,
    request_hash  text        not null,
    stream_id     uuid        not null,
    created_at    timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
