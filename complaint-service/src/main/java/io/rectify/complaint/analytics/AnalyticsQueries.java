package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL over {@code complaint_analytics}; the column a dimension names comes from the enum, never from the request. */
final class AnalyticsQueries {

    private AnalyticsQueries() {
    }

    /** What narrows a question beyond its period; {@code null} means any. */
    record Filter(String customerId, String partNumber, String severity) {

        /**
         * Whether the question is about one customer or one part: those read their cases through the
         * indexes of {@code complaint_analytics}; all others read the daily sums of {@link AnalyticsRollup}.
         */
        boolean narrow() {
            return customerId != null || partNumber != null;
        }
    }

    static Uni<Void> forget(List<UUID> complaintIds) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from complaint_analytics where id in (?1)")
                .setParameter(1, complaintIds)
                .executeUpdate()).replaceWithVoid();
    }

    /** The complaints received on the days of {@code period} grouped by {@code dimension}; its cases or its daily sums, as the filter says. */
    static Uni<List<Pareto.Group>> pareto(ParetoDimension dimension, AnalyticsService.Period period, Filter filter) {
        return filter.narrow() ? paretoOfCases(dimension, period, filter) : paretoOfSums(dimension, period, filter);
    }

    static Uni<List<Pareto.Group>> paretoOfCases(ParetoDimension dimension, AnalyticsService.Period period, Filter filter) {
        List<Object> parameters = new ArrayList<>(List.of(period.starts(), period.ends()));
        StringBuilder sql = scope(parameters, filter).append(" select ").append(dimension.column())
                .append(", count(*), coalesce(sum(quantity_affected), 0) from scope group by 1");
        return run(sql, parameters).map(AnalyticsQueries::groups);
    }

    static Uni<List<Pareto.Group>> paretoOfSums(ParetoDimension dimension, AnalyticsService.Period period, Filter filter) {
        List<Object> parameters = new ArrayList<>(List.of(dimension.column(), period.from(), period.to()));
        StringBuilder sql = new StringBuilder("select nullif(key, ''), sum(complaints), sum(quantity) from (");
        sums(sql, "key, complaints, quantity", "measure = ?1 and day >= ?2 and day <= ?3" + severity(parameters, filter));
        sql.append(") sums group by 1 having sum(complaints) <> 0");
        return run(sql, parameters).map(AnalyticsQueries::groups);
    }

    private static List<Pareto.Group> groups(List<Object[]> rows) {
        return rows.stream().map(row -> new Pareto.Group((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())).toList();
    }

    /**
     * The cases of one Pareto key, newest first, at most {@code limit}: read backwards along the
     * index of receipt until enough match, so a key of many cases costs no more than one of few.
     */
    static Uni<List<Object[]>> cases(ParetoDimension dimension, String key, Instant from, Instant until, Filter filter, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(from, until, key, limit));
        return run(scope(parameters, filter).append(" select id, reference, received_at, customer_id, part_number, lot_number,")
                .append(" severity, status, occurrence_category, escape_category, quantity_affected")
                .append(" from scope where ").append(dimension.column()).append(" = ?3 order by received_at desc, reference desc")
                .append(" limit ?4"), parameters);
    }

    /** Per period: received, closed, open at its end, repeats, deadlines missed; in period order. */
    static Uni<List<long[]>> trends(List<AnalyticsService.Period> periods, Filter filter) {
        return filter.narrow() ? trendsOfCases(periods, filter) : trendsOfSums(periods, filter);
    }

    /**
     * The same from the daily sums: a period's open cases are those received before its end less
     * those that ended (closed or rejected) before it, summed over every day since the first case.
     */
    static Uni<List<long[]>> trendsOfSums(List<AnalyticsService.Period> periods, Filter filter) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with periods(starts, last) as (values ");
        for (int i = 0; i < periods.size(); i++) {
            parameters.add(periods.get(i).from());
            parameters.add(periods.get(i).to());
            sql.append(i == 0 ? "" : ", ").append("(cast(?").append(parameters.size() - 1).append(" as date), cast(?")
                    .append(parameters.size()).append(" as date))");
        }
        parameters.add(periods.get(periods.size() - 1).to());
        String until = "?" + parameters.size();
        sql.append("), days as (select measure, day, sum(complaints) complaints, sum(quantity) quantity from (");
        sums(sql, "measure, day, complaints, quantity", "measure in ('severity', 'closed', 'ended', 'repeat', 'missed') and day <= "
                + until + severity(parameters, filter));
        sql.append(") sums group by 1, 2)")
                .append(" select extract(epoch from p.starts),")
                .append(" coalesce(sum(d.complaints) filter (where d.measure = 'severity' and d.day >= p.starts and d.day <= p.last), 0),")
                .append(" coalesce(sum(d.complaints) filter (where d.measure = 'closed' and d.day >= p.starts and d.day <= p.last), 0),")
                .append(" coalesce(sum(d.complaints) filter (where d.measure = 'severity' and d.day <= p.last), 0)")
                .append(" - coalesce(sum(d.complaints) filter (where d.measure = 'ended' and d.day <= p.last), 0),")
                .append(" coalesce(sum(d.complaints) filter (where d.measure = 'repeat' and d.day >= p.starts and d.day <= p.last), 0),")
                .append(" coalesce(sum(d.quantity) filter (where d.measure = 'missed' and d.day >= p.starts and d.day <= p.last), 0)")
                .append(" from periods p left join days d on d.day <= p.last group by p.starts order by p.starts");
        return run(sql, parameters).map(AnalyticsQueries::points);
    }

    /** Per period [starts, ends) from the cases themselves. */
    static Uni<List<long[]>> trendsOfCases(List<AnalyticsService.Period> parts, Filter filter) {
        List<Instant[]> periods = parts.stream().map(p -> new Instant[] {p.starts(), p.ends()}).toList();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with periods(starts, ends) as (values ");
        for (int i = 0; i < periods.size(); i++) {
            // epoch seconds: a timestamptz whatever the session's time zone
            parameters.add(periods.get(i)[0].getEpochSecond());
            parameters.add(periods.get(i)[1].getEpochSecond());
            sql.append(i == 0 ? "" : ", ").append("(to_timestamp(?").append(parameters.size() - 1)
                    .append("), to_timestamp(?").append(parameters.size()).append("))");
        }
        sql.append(") select extract(epoch from p.starts),")
                .append(" count(a.id) filter (where a.received_at >= p.starts),")
                .append(" count(a.id) filter (where a.closed_at >= p.starts and a.closed_at < p.ends),")
                .append(" count(a.id) filter (where coalesce(a.closed_at, a.rejected_at, 'infinity') >= p.ends),")
                .append(" count(a.id) filter (where a.repeat and a.received_at >= p.starts),")
                .append(" coalesce(sum(a.missed_deadlines) filter (where a.received_at >= p.starts), 0)")
                // every case received before a point's end: the open ones carried over from before the period too
                .append(" from periods p left join complaint_analytics a on a.received_at < p.ends");
        filtered(sql, parameters, "a.", filter);
        sql.append(" group by p.starts order by p.starts");
        return run(sql, parameters).map(AnalyticsQueries::points);
    }

    private static List<long[]> points(List<Object[]> rows) {
        return rows.stream().map(row -> new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue()}).toList();
    }

    /** The reached-at and due-at columns of each milestone, in the order of {@link io.rectify.contracts.complaint.Milestone}. */
    static final List<String[]> MILESTONES = List.of(new String[] {"ACKNOWLEDGEMENT", "acknowledged_at", "acknowledgement_due"},
            new String[] {"CONTAINMENT", "contained_at", "containment_due"},
            new String[] {"RESPONSE", "responded_at", "response_due"},
            new String[] {"CLOSURE", "closed_at", "closure_due"});

    /** What the KPIs are made of: the scalar figures in the order {@link AnalyticsService} reads them, the remedy mix, the credits. */
    record KpiRows(Object[] figures, List<Object[]> mix, List<Object[]> credits) {
    }

    /** The KPIs' figures over the period: from its cases, or from the daily sums, as the filter says. */
    static Uni<KpiRows> kpis(AnalyticsService.Period period, Filter filter, Instant now) {
        if (filter.narrow()) {
            return kpisOfCases(period, filter, now);
        }
        return kpisOfSums(period, filter, now);
    }

    static Uni<KpiRows> kpisOfCases(AnalyticsService.Period period, Filter filter, Instant now) {
        Instant start = period.starts();
        Instant until = period.ends();
        return figures(start, until, filter, now).chain(figures -> remedyMix(start, until, filter)
                .chain(mix -> credits(start, until, filter).map(credits -> new KpiRows(figures, mix, credits))));
    }

    /** The measures the KPIs count (not the Pareto's: a Pareto by part alone has a sum per part and day). */
    private static final String KPI_COUNTS = "'severity', 'reached', 'on_time', 'due_settled', 'verified', 'reopened', 'repeat', "
            + "'remedy', 'credit', 'disputes', 'survey', 'rating'";

    /**
     * The same figures from the daily sums. A median or p90 is taken from the histogram of durations
     * as {@code percentile_cont} takes it from the values (linear between the two nearest);
     * "due" adds the cases past a due date not reached yet, counted from the cases through their
     * partial indexes, since that count changes with the hour.
     */
    static Uni<KpiRows> kpisOfSums(AnalyticsService.Period period, Filter filter, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(period.from(), period.to()));
        String days = " and day >= ?1 and day <= ?2" + severity(parameters, filter);
        StringBuilder counts = new StringBuilder("select measure, key, sum(complaints), sum(quantity), sum(amount) from (");
        sums(counts, "measure, key, complaints, quantity, amount", "measure in (" + KPI_COUNTS + ")" + days);
        counts.append(") sums group by 1, 2");
        StringBuilder percentiles = new StringBuilder("with h as (select measure, cast(key as bigint) v, sum(complaints) n from (");
        sums(percentiles, "measure, key, complaints", "(measure like 'minutes:%' or measure = 'settle_minutes')" + days);
        percentiles.append(") sums group by 1, 2 having sum(complaints) > 0),")
                .append(" c as (select measure, v, n, sum(n) over (partition by measure order by v) - n below,")
                .append(" sum(n) over (partition by measure) total from h),")
                .append(" q as (select distinct c.measure, f.f, f.f * (c.total - 1) p from c, (values (0.5), (0.9)) f(f))")
                .append(" select q.measure, q.f, q.p,")
                .append(" (select v from c where c.measure = q.measure and c.below <= floor(q.p) and floor(q.p) < c.below + c.n),")
                .append(" (select v from c where c.measure = q.measure and c.below <= ceil(q.p) and ceil(q.p) < c.below + c.n)")
                .append(" from q");
        List<Object> pendingParameters = new ArrayList<>(List.of(period.starts(), period.ends(), now));
        StringBuilder pending = new StringBuilder("select ");
        for (int i = 0; i < MILESTONES.size(); i++) {
            String[] m = MILESTONES.get(i);
            pending.append(i == 0 ? "" : ", ").append("(select count(*) from complaint_analytics where ").append(m[1])
                    .append(" is null and rejected_at is null and ").append(m[2]).append(" < ?3 and received_at >= ?1")
                    .append(" and received_at < ?2");
            where(pending, pendingParameters, "severity", filter.severity());
            pending.append(')');
        }
        return run(counts, parameters).chain(sums -> run(percentiles, parameters)
                .chain(quantiles -> run(pending, pendingParameters).map(due -> kpiRows(sums, quantiles, due.get(0)))));
    }

    /** {@code select <columns> ... where <condition>} from the daily sums and from the contributions not folded yet. */
    private static void sums(StringBuilder sql, String columns, String condition) {
        for (String table : AnalyticsRollup.TABLES) {
            sql.append(table.equals(AnalyticsRollup.TABLES.get(0)) ? "" : " union all ").append("select ").append(columns)
                    .append(" from ").append(table).append(" where ").append(condition);
        }
    }

    /** {@code " and severity = ?n"} with its parameter added, when the filter names a severity; else nothing. */
    private static String severity(List<Object> parameters, Filter filter) {
        if (filter.severity() == null) {
            return "";
        }
        parameters.add(filter.severity());
        return " and severity = ?" + parameters.size();
    }

    private static KpiRows kpiRows(List<Object[]> sums, List<Object[]> quantiles, Object[] pending) {
        java.util.Map<String, Object[]> byKey = new java.util.HashMap<>();
        for (Object[] row : sums) {
            byKey.put(row[0] + "|" + row[1], row);
        }
        java.util.Map<String, Double> quantile = new java.util.HashMap<>();
        for (Object[] row : quantiles) {
            double p = ((Number) row[2]).doubleValue();
            double low = ((Number) row[3]).doubleValue();
            double high = ((Number) row[4]).doubleValue();
            quantile.put(row[0] + "|" + ((Number) row[1]).doubleValue(), low + (p - Math.floor(p)) * (high - low));
        }
        List<Object> figures = new ArrayList<>();
        figures.add(total(byKey, "severity|"));
        for (int i = 0; i < MILESTONES.size(); i++) {
            String milestone = MILESTONES.get(i)[0];
            figures.add(complaints(byKey, "reached|" + milestone));
            figures.add(hours(quantile.get("minutes:" + milestone + "|0.5")));
            figures.add(hours(quantile.get("minutes:" + milestone + "|0.9")));
            figures.add(complaints(byKey, "due_settled|" + milestone) + ((Number) pending[i]).longValue());
            figures.add(complaints(byKey, "on_time|" + milestone));
        }
        figures.add(total(byKey, "verified|"));
        figures.add(complaints(byKey, "verified|EFFECTIVE"));
        figures.add(complaints(byKey, "reopened|"));
        figures.add(complaints(byKey, "repeat|"));
        figures.add(quantity(byKey, "remedy|RETURN"));
        figures.add(quantity(byKey, "remedy|REPLACEMENT"));
        figures.add(quantity(byKey, "remedy|REPAIR"));
        for (String outcome : List.of("opened", "settled", "mediated", "withdrawn")) {
            figures.add(quantity(byKey, "disputes|" + outcome));
        }
        Double settle = quantile.get("settle_minutes|0.5");
        figures.add(settle == null ? null : settle / 1440.0);
        figures.add(complaints(byKey, "survey|"));
        long answered = 0;
        long ratings = 0;
        long fourOrFive = 0;
        for (int rating = 1; rating <= 5; rating++) {
            long n = complaints(byKey, "rating|" + rating);
            answered += n;
            ratings += n * rating;
            fourOrFive += rating >= 4 ? n : 0;
        }
        figures.add(answered);
        figures.add(answered == 0 ? null : (double) ratings / answered);
        figures.add(fourOrFive);
        List<Object[]> mix = sums.stream().filter(row -> "remedy".equals(row[0]) && ((Number) row[2]).longValue() != 0)
                .map(row -> new Object[] {row[1], row[2]})
                .sorted(java.util.Comparator.<Object[], Long>comparing(row -> -((Number) row[1]).longValue())
                        .thenComparing(row -> (String) row[0]))
                .toList();
        List<Object[]> credits = sums.stream().filter(row -> "credit".equals(row[0]) && ((Number) row[2]).longValue() != 0)
                .map(row -> new Object[] {row[1], row[4]})
                .sorted(java.util.Comparator.comparing(row -> (String) row[0]))
                .toList();
        return new KpiRows(figures.toArray(), mix, credits);
    }

    /** The complaints of every key of one measure ({@code "<measure>|"}). */
    private static long total(java.util.Map<String, Object[]> sums, String measure) {
        return sums.keySet().stream().filter(key -> key.startsWith(measure)).mapToLong(key -> complaints(sums, key)).sum();
    }

    private static long complaints(java.util.Map<String, Object[]> sums, String key) {
        Object[] row = sums.get(key);
        return row == null ? 0 : ((Number) row[2]).longValue();
    }

    private static long quantity(java.util.Map<String, Object[]> sums, String key) {
        Object[] row = sums.get(key);
        return row == null ? 0 : ((Number) row[3]).longValue();
    }

    private static Double hours(Double minutes) {
        return minutes == null ? null : minutes / 60.0;
    }

    /** The scalar KPIs, one row: see {@link Kpis} and the README for what each counts. */
    private static Uni<Object[]> figures(Instant from, Instant until, Filter filter, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(from, until, now));
        StringBuilder sql = scope(parameters, filter).append(" select count(*)");
        for (String[] m : MILESTONES) {
            String reached = m[1];
            String due = m[2];
            // counted as the daily sums count durations (migration V104), so both ways agree
            String hours = "complaint_analytics_duration(floor(extract(epoch from " + reached + " - received_at) / 60)::bigint) / 60.0";
            sql.append(", count(").append(reached).append(')')
                    .append(", percentile_cont(0.5) within group (order by ").append(hours).append(')')
                    .append(", percentile_cont(0.9) within group (order by ").append(hours).append(')')
                    // due: reached, answered by a rejection, or its date has passed
                    .append(", count(*) filter (where ").append(due).append(" is not null and (").append(reached)
                    .append(" is not null or rejected_at is not null or ").append(due).append(" < ?3))")
                    .append(", count(*) filter (where coalesce(").append(reached).append(", rejected_at) <= ").append(due).append(')');
        }
        sql.append(", count(first_verification), count(*) filter (where first_verification = 'EFFECTIVE')")
                .append(", count(*) filter (where reopenings > 0), count(*) filter (where repeat)")
                .append(", coalesce(sum(remedy_quantity) filter (where remedy_type = 'RETURN'), 0)")
                .append(", coalesce(sum(remedy_quantity) filter (where remedy_type = 'REPLACEMENT'), 0)")
                .append(", coalesce(sum(remedy_quantity) filter (where remedy_type = 'REPAIR'), 0)")
                .append(", coalesce(sum(disputes_opened), 0), coalesce(sum(disputes_settled), 0)")
                .append(", coalesce(sum(disputes_mediated), 0), coalesce(sum(disputes_withdrawn), 0)")
                .append(", (select percentile_cont(0.5) within group (order by")
                .append(" complaint_analytics_duration(round(cast(days as numeric) * 1440)::bigint) / 1440.0)")
                .append(" from scope, jsonb_array_elements_text(days_to_settle) days)")
                .append(", count(*) filter (where survey_sent), count(rating), avg(rating), count(*) filter (where rating >= 4)")
                .append(" from scope");
        return run(sql, parameters).map(rows -> rows.get(0));
    }

    /** The agreed remedies by type, most first; and the credits agreed, summed per currency. */
    private static Uni<List<Object[]>> remedyMix(Instant from, Instant until, Filter filter) {
        List<Object> parameters = new ArrayList<>(List.of(from, until));
        return run(scope(parameters, filter).append(" select remedy_type, count(*) from scope where remedy_type is not null")
                .append(" group by 1 order by 2 desc, 1"), parameters);
    }

    private static Uni<List<Object[]>> credits(Instant from, Instant until, Filter filter) {
        List<Object> parameters = new ArrayList<>(List.of(from, until));
        return run(scope(parameters, filter).append(" select credit_currency, sum(credit_amount) from scope")
                .append(" where credit_currency is not null group by 1 order by 1"), parameters);
    }

    /** The cases received in [?1, ?2) that pass the filter, as the CTE {@code scope}. */
    private static StringBuilder scope(List<Object> parameters, Filter filter) {
        StringBuilder sql = new StringBuilder("with scope as (select * from complaint_analytics where received_at >= ?1")
                .append(" and received_at < ?2");
        filtered(sql, parameters, "", filter);
        return sql.append(')');
    }

    private static Uni<List<Object[]>> run(StringBuilder sql, List<Object> parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        });
    }

    /** Appends {@code and <column> = ?n} for each filter given, its columns prefixed with {@code alias}. */
    private static void filtered(StringBuilder sql, List<Object> parameters, String alias, Filter filter) {
        where(sql, parameters, alias + "customer_id", filter.customerId());
        where(sql, parameters, alias + "part_number", filter.partNumber());
        where(sql, parameters, alias + "severity", filter.severity());
    }

    private static void where(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            parameters.add(value);
            sql.append(" and ").append(column).append(" = ?").append(parameters.size());
        }
    }
}
