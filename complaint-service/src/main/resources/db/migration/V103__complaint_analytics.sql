-- The analytics read model: one row per complaint case with the dimensions the Pareto groups by
-- and the times trends and KPIs count from. Kept by ComplaintAnalyticsProjection in the
-- transaction of each command (a CAR's root cause arrives as the case's own
-- CorrectiveActionProgressed event), rebuildable from the event store like every projection.
create table complaint_analytics (
    id                  uuid        primary key,
    reference           text        not null,
    customer_id         text        not null,
    part_number         text        not null,
    lot_number          text        not null,
    severity            text        not null,
    channel             text        not null,
    phase               text,
    quantity_affected   integer     not null,
    status              text        not null,
    received_at         timestamptz not null,
    closed_at           timestamptz,
    rejected_at         timestamptz,
    repeat              boolean     not null,
    missed_deadlines    integer     not null,
    occurrence_category text,
    escape_category     text,
    -- the KPIs: when each milestone was reached and when it was due
    acknowledged_at     timestamptz,
    contained_at        timestamptz,
    responded_at        timestamptz,
    acknowledgement_due timestamptz,
    containment_due     timestamptz,
    response_due        timestamptz,
    closure_due         timestamptz,
    reopenings          integer     not null,
    first_verification  text,
    -- the remedy agreed (accepted, settled or mediated), if any
    remedy_type         text,
    remedy_quantity     integer,
    credit_amount       numeric,
    credit_currency     text,
    disputes_opened     integer     not null,
    disputes_settled    integer     not null,
    disputes_mediated   integer     not null,
    disputes_withdrawn  integer     not null,
    -- days from opening to settlement (or mediated outcome), one per dispute that ended so
    days_to_settle      jsonb       not null,
    survey_sent         boolean     not null,
    rating              integer,
    version             bigint      not null
);

-- every question is over a period of receipt; the filters narrow it further
create index complaint_analytics_by_received on complaint_analytics (received_at);
create index complaint_analytics_by_customer on complaint_analytics (customer_id, received_at);
create index complaint_analytics_by_part on complaint_analytics (part_number, received_at);
