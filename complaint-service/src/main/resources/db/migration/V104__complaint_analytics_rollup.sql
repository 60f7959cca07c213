-- What the analytics count, summed per day: a question over all cases (or one severity) reads a
-- few thousand sums instead of every case of its period. Kept exactly, in the transaction that
-- changes complaint_analytics: its triggers append each statement's change to the
-- contributions (complaint_analytics_change: appended to only, so that concurrent commands never
-- wait for one another on a hot sum), and AnalyticsRollup folds them into the sums every few
-- seconds. A reader adds both, so what it reads is always exact. Questions about one customer or
-- one part read complaint_analytics itself through its indexes.
--
-- measure: the column a Pareto groups by (key is its value, '' when the case has none yet), or a
-- count the trends need: closed (day it closed), ended (day it closed or was rejected), repeat and
-- missed (days received; quantity counts the deadlines missed).
create table complaint_analytics_rollup (
    measure    text   not null,
    day        date   not null,
    severity   text   not null,
    key        text   not null,
    complaints bigint not null,
    quantity   bigint not null,
    primary key (measure, day, severity, key)
);

create table complaint_analytics_change (
    measure    text   not null,
    day        date   not null,
    severity   text   not null,
    key        text   not null,
    complaints bigint not null,
    quantity   bigint not null
);

-- what one case contributes to the sums; the Pareto's measures are named as ParetoDimension's columns
create function complaint_analytics_contributions(c complaint_analytics)
    returns table (measure text, day date, severity text, key text, complaints bigint, quantity bigint)
    language sql stable as
$$
select m.measure, m.day, c.severity, m.key, m.complaints, m.quantity
  from (values
        ('occurrence_category', (c.received_at at time zone 'UTC')::date, coalesce(c.occurrence_category, ''), 1::bigint, c.quantity_affected::bigint),
        ('escape_category', (c.received_at at time zone 'UTC')::date, coalesce(c.escape_category, ''), 1, c.quantity_affected),
        ('part_number', (c.received_at at time zone 'UTC')::date, c.part_number, 1, c.quantity_affected),
        ('customer_id', (c.received_at at time zone 'UTC')::date, c.customer_id, 1, c.quantity_affected),
        ('lot_number', (c.received_at at time zone 'UTC')::date, c.lot_number, 1, c.quantity_affected),
        ('phase', (c.received_at at time zone 'UTC')::date, coalesce(c.phase, ''), 1, c.quantity_affected),
        ('severity', (c.received_at at time zone 'UTC')::date, c.severity, 1, c.quantity_affected),
        ('channel', (c.received_at at time zone 'UTC')::date, c.channel, 1, c.quantity_affected),
        ('closed', (c.closed_at at time zone 'UTC')::date, '', 1, 0),
        ('ended', (coalesce(c.closed_at, c.rejected_at) at time zone 'UTC')::date, '', 1, 0),
        ('repeat', case when c.repeat then (c.received_at at time zone 'UTC')::date end, '', 1, 0),
        ('missed', case when c.missed_deadlines > 0 then (c.received_at at time zone 'UTC')::date end, '', 0, c.missed_deadlines)
       ) as m (measure, day, key, complaints, quantity)
 where m.day is not null
$$;

-- the net change of a statement: what the new rows contribute less what the old rows did,
-- summed, so that an event that changes nothing the sums count (most do) appends nothing
create function complaint_analytics_track() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into complaint_analytics_change
        select x.measure, x.day, x.severity, x.key, sum(x.complaints), sum(x.quantity)
          from new_rows n cross join lateral complaint_analytics_contributions(n) x
         group by 1, 2, 3, 4;
    elsif tg_op = 'UPDATE' then
        insert into complaint_analytics_change
        select measure, day, severity, key, sum(complaints), sum(quantity)
          from (select x.* from new_rows n cross join lateral complaint_analytics_contributions(n) x
                union all
                select x.measure, x.day, x.severity, x.key, -x.complaints, -x.quantity
                  from old_rows o cross join lateral complaint_analytics_contributions(o) x) d
         group by 1, 2, 3, 4
        having sum(complaints) <> 0 or sum(quantity) <> 0;
    else
        insert into complaint_analytics_change
        select x.measure, x.day, x.severity, x.key, -sum(x.complaints), -sum(x.quantity)
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
select x.measure, x.day, x.severity, x.key, sum(x.complaints), sum(x.quantity)
  from complaint_analytics a cross join lateral complaint_analytics_contributions(a) x
 group by 1, 2, 3, 4;
