-- The deadline watch asks the read model which cases have a milestone due: the earliest due date
-- among the milestones neither reached nor recorded as missed.
alter table complaint_view add column next_deadline_at timestamptz;
create index complaint_view_by_next_deadline on complaint_view (next_deadline_at) where next_deadline_at is not null;

-- Recurrence: a later complaint names the earlier ones it may repeat; this lets an earlier case
-- show its later recurrences too. Kept by the complaint-view projection.
create table complaint_relations (
    complaint_id        uuid        not null,
    complaint_reference text        not null,
    related_id          uuid        not null,
    reason              text        not null,
    received_at         timestamptz not null,
    primary key (complaint_id, related_id)
);
create index complaint_relations_by_related on complaint_relations (related_id);

-- Due-date profiles per customer and severity, overriding the defaults (rectify.deadlines.*).
create table deadline_profiles (
    customer_id      text        not null,
    severity         text        not null,
    acknowledgement  text        not null,
    containment      text,
    response         text        not null,
    closure          text        not null,
    updated_by       text        not null,
    updated_at       timestamptz not null,
    primary key (customer_id, severity)
);
