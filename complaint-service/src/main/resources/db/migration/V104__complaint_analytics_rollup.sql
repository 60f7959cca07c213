-- What the analytics count, summed per day: a question over all cases (or one severity) reads a
-- few thousand sums instead of every case of its period. Kept exactly, in the transaction that
-- changes complaint_analytics: its triggers append each statement's change to the
-- contributions (complaint_analytics_change: appended to only, so that concurrent commands never
-- wait for one another on a hot sum), and AnalyticsRollup folds them into the sums every few
-- seconds. A reader adds both, so what it reads is always exact. Questions about one customer or
-- one part read complaint_analytics itself through its indexes.
--
-- measure: the column a Pareto groups by (key is its value, '' when the case has none yet); the
-- counts of the trends: closed (on the day it closed), ended (closed or rejected, that day),
-- repeat and missed (quantity counts the deadlines missed); and the KPIs' counts, keyed by
-- milestone, remedy type, currency (amount sums the credits), dispute outcome or rating.
-- minutes:<milestone> and settle_minutes are histograms: key is a duration in minutes (from
-- receipt to the milestone; from a dispute's opening to its settlement) as
-- complaint_analytics_duration counts it, complaints how many took that long: what a median or
-- p90 is taken from. Every day is a UTC day of receipt,
-- except for closed and ended.
create table complaint_analytics_rollup (
    measure    text    not null,
    day        date    not null,
    severity   text    not null,
    key        text    not null,
    complaints bigint  not null,
    quantity   bigint  not null,
    amount     numeric not null,
    primary key (measure, day, severity, key)
);

create table complaint_analytics_change (
    measure    text    not null,
    day        date    not null,
    severity   text    not null,
    key        text    not null,
    complaints bigint  not null,
    quantity   bigint  not null,
    amount     numeric not null
);

-- the cases that are due for a milestone not reached yet: few at any time, and what "due" adds
-- to the sums depends on the hour it is asked at, so it is counted from the cases
create index complaint_analytics_pending_acknowledgement on complaint_analytics (acknowledgement_due)
    where acknowledged_at is null and rejected_at is null;
create index complaint_analytics_pending_containment on complaint_analytics (containment_due)
    where contained_at is null and rejected_at is null;
create index complaint_analytics_pending_response on complaint_analytics (response_due)
    where responded_at is null and rejected_at is null;
create index complaint_analytics_pending_closure on complaint_analytics (closure_due)
    where closed_at is null and rejected_at is null;

-- A duration in minutes, counted in steps that grow with it, rounded down: whole minutes under an
-- hour, 5 minutes under a day, half hours under a week, 2 hours under 60 days, whole days beyond.
-- Both ways of answering the KPIs count durations so (and so agree); a histogram of a quarter then
-- has a few hundred keys per day, not one per minute.
create function complaint_analytics_duration(minutes bigint) returns bigint language sql immutable as
$$
select case when minutes < 60 then minutes
            when minutes < 1440 then minutes - minutes % 5
            when minutes < 10080 then minutes - minutes % 30
            when minutes < 86400 then minutes - minutes % 120
            else minutes - minutes % 1440 end
$$;

-- what one case contributes to the sums; the Pareto's measures are named as ParetoDimension's columns
create function complaint_analytics_contributions(c complaint_analytics)
    returns table (measure text, day date, severity text, key text, complaints bigint, quantity bigint, amount numeric)
    language sql stable as
$$
with received as (select (c.received_at at time zone 'UTC')::date as day),
     milestones (milestone, reached, due) as (values
        ('ACKNOWLEDGEMENT', c.acknowledged_at, c.acknowledgement_due),
        ('CONTAINMENT', c.contained_at, c.containment_due),
        ('RESPONSE', c.responded_at, c.response_due),
        ('CLOSURE', c.closed_at, c.closure_due))
select m.measure, m.day, c.severity, m.key, m.complaints, m.quantity, m.amount
  from received r, lateral (values
        ('occurrence_category', r.day, coalesce(c.occurrence_category, ''), 1::bigint, c.quantity_affected::bigint, 0::numeric),
        ('escape_category', r.day, coalesce(c.escape_category, ''), 1, c.quantity_affected, 0),
        ('part_number', r.day, c.part_number, 1, c.quantity_affected, 0),
        ('customer_id', r.day, c.customer_id, 1, c.quantity_affected, 0),
        ('lot_number', r.day, c.lot_number, 1, c.quantity_affected, 0),
        ('phase', r.day, coalesce(c.phase, ''), 1, c.quantity_affected, 0),
        ('severity', r.day, c.severity, 1, c.quantity_affected, 0),
        ('channel', r.day, c.channel, 1, c.quantity_affected, 0),
        ('closed', (c.closed_at at time zone 'UTC')::date, '', 1, 0, 0),
        ('ended', (coalesce(c.closed_at, c.rejected_at) at time zone 'UTC')::date, '', 1, 0, 0),
        ('repeat', case when c.repeat then r.day end, '', 1, 0, 0),
        ('missed', case when c.missed_deadlines > 0 then r.day end, '', 0, c.missed_deadlines, 0),
        ('verified', case when c.first_verification is not null then r.day end, c.first_verification, 1, 0, 0),
        ('reopened', case when c.reopenings > 0 then r.day end, '', 1, 0, 0),
        ('remedy', case when c.remedy_type is not null then r.day end, c.remedy_type, 1, coalesce(c.remedy_quantity, 0), 0),
        ('credit', case when c.credit_currency is not null then r.day end, c.credit_currency, 1, 0, c.credit_amount),
        ('disputes', case when c.disputes_opened > 0 then r.day end, 'opened', 0, c.disputes_opened, 0),
        ('disputes', case when c.disputes_settled > 0 then r.day end, 'settled', 0, c.disputes_settled, 0),
        ('disputes', case when c.disputes_mediated > 0 then r.day end, 'mediated', 0, c.disputes_mediated, 0),
        ('disputes', case when c.disputes_withdrawn > 0 then r.day end, 'withdrawn', 0, c.disputes_withdrawn, 0),
        ('survey', case when c.survey_sent then r.day end, '', 1, 0, 0),
        ('rating', case when c.rating is not null then r.day end, c.rating::text, 1, 0, 0)
       ) as m (measure, day, key, complaints, quantity, amount)
 where m.day is not null
union all
select x.measure, r.day, c.severity, x.key, 1, 0, 0
  from received r, milestones ms, lateral (values
        ('reached', case when ms.reached is not null then ms.milestone end),
        ('on_time', case when coalesce(ms.reached, c.rejected_at) <= ms.due then ms.milestone end),
        ('due_settled', case when ms.due is not null and (ms.reached is not null or c.rejected_at is not null) then ms.milestone end),
        ('minutes:' || ms.milestone,
         complaint_analytics_duration(floor(extract(epoch from ms.reached - c.received_at) / 60)::bigint)::text)
       ) as x (measure, key)
 where x.key is not null
union all
select 'settle_minutes', r.day, c.severity, complaint_analytics_duration(round(cast(days as numeric) * 1440)::bigint)::text, 1, 0, 0
  from received r, jsonb_array_elements_text(c.days_to_settle) days
$$;

-- the net change of a statement: what the new rows contribute less what the old rows did,
-- summed, so that an event that changes nothing the sums count (most do) appends nothing
create function complaint_analytics_track() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into complaint_analytics_change
        select x.measure, x.day, x.severity, x.key, sum(x.complaints), sum(x.quantity), sum(x.amount)
          from new_rows n cross join lateral complaint_analytics_contributions(n) x
         group by 1, 2, 3, 4;
    elsif tg_op = 'UPDATE' then
        insert into complaint_analytics_change
        select measure, day, severity, key, sum(complaints), sum(quantity), sum(amount)
          from (select x.* from new_rows n cross join lateral complaint_analytics_contributions(n) x
                union all
                select x.measure, x.day, x.severity, x.key, -x.complaints, -x.quantity, -x.amount
                  from old_rows o cross join lateral complaint_analytics_contributions(o) x) d
         group by 1, 2, 3, 4
        having sum(complaints) <> 0 or sum(quantity) <> 0 or sum(amount) <> 0;
    else
        insert into complaint_analytics_change
        select x.measure, x.day, x.severity, x.key, -sum(x.complaints), -sum(x.quantity), -sum(x.amount)
          from old_rows o cross join lateral complaint_analytics_contributions(o) x
         group by 1, 2, 3, 4;
    end if;
    return null;
end
$$;

create trigger complaint_analytics_inserted after insert on complaint_analytics
    referencing new table as new_rows for each statement execute function complaint_analytics_track();
create trigger complaint_analytics_updated after update on complaint_analytics
    referencing old table as old_rows new table as new_rows for each statement execute function complaint_analytics_track();
create trigger complaint_analytics_deleted after delete on complaint_analytics
    referencing old table as old_rows for each statement execute function complaint_analytics_track();

-- the cases already there
insert into complaint_analytics_rollup
select x.measure, x.day, x.severity, x.key, sum(x.complaints), sum(x.quantity), sum(x.amount)
  from complaint_analytics a cross join lateral complaint_analytics_contributions(a) x
 group by 1, 2, 3, 4;
