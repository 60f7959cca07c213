-- The read model of complaint cases: kept by ComplaintViewProjection in the transaction of each
-- command, rebuildable from the event store. The columns serve the filters of GET /complaints;
-- the document is the case as the API shows it.
create table complaint_view (
    id           uuid        primary key,
    reference    text        not null unique,
    status       text        not null,
    customer_id  text        not null,
    part_number  text        not null,
    lot_number   text        not null,
    severity     text        not null,
    version      bigint      not null,
    received_at  timestamptz not null,
    updated_at   timestamptz not null,
    document     jsonb       not null
);

create index complaint_view_by_received on complaint_view (received_at desc, id);
create index complaint_view_by_status on complaint_view (status, received_at desc);
create index complaint_view_by_customer on complaint_view (customer_id, received_at desc);
create index complaint_view_by_part_lot on complaint_view (part_number, lot_number, received_at desc);

-- Reference numbers (CMP-<year>-<number>): a sequence, so that filing never waits on another
-- case; numbers are unique and increasing, and never reused.
create sequence complaint_reference_seq;
