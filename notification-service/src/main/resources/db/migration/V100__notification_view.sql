-- What was told to whom about which case: kept by NotificationViewProjection from the
-- notification events, rebuildable from the event store.
create table notification_view (
    id              uuid        primary key,
    case_id         uuid        not null,
    case_reference  text,
    channel         text        not null,
    recipient       text        not null,
    language        text        not null,
    template        text        not null,
    status          text        not null,
    attempts        int         not null default 0,
    last_error      text,
    queued_at       timestamptz not null,
    sent_at         timestamptz,
    updated_at      timestamptz not null,
    version         bigint      not null
);

create index notification_view_by_case on notification_view (case_id, queued_at);
