-- What notification-service told each case's parties, as it publishes it on notifications.events
-- (CaseNotificationsConsumer): the auditor's export of a case lists every mail and webhook with
-- what became of it. notification-service owns the notifications; this is a copy for reading.
create table case_notifications (
    notification_id  uuid        primary key,
    case_id          uuid        not null,
    channel          text        not null,
    recipient        text        not null,
    language         text,
    template         text        not null,
    subject          text,
    status           text        not null,
    attempts         int         not null default 0,
    last_error       text,
    queued_at        timestamptz not null,
    sent_at          timestamptz,
    ended_at         timestamptz
);

create index case_notifications_by_case on case_notifications (case_id, queued_at);
