-- The read model of CARs: kept by CarViewProjection in the transaction of each command,
-- rebuildable from the event store. The columns serve the filters of GET /cars and the overdue
-- watch; the document is the CAR as the API shows it.
create table car_view (
    id               uuid        primary key,
    reference        text        not null unique,
    status           text        not null,
    complaint_id     uuid,
    source           text        not null,
    part_number      text,
    severity         text,
    version          bigint      not null,
    opened_at        timestamptz not null,
    updated_at       timestamptz not null,
    -- the earliest due date among open actions not yet recorded as overdue
    next_action_due  date,
    document         jsonb       not null
);

create index car_view_by_opened on car_view (opened_at desc, id);
create index car_view_by_complaint on car_view (complaint_id);
create index car_view_by_status on car_view (status, opened_at desc);
create index car_view_by_next_action_due on car_view (next_action_due) where next_action_due is not null;

-- CAR references (CAR-<year>-<number>)
create sequence car_reference_seq;
