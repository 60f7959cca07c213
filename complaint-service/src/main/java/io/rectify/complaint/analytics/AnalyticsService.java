package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.store.SqlValues;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Answers the quality team's questions over all cases from the analytics read model. */
@ApplicationScoped
public class AnalyticsService {

    /** With no period given, the last 90 days up to today: about a quarter. */
    static final int DEFAULT_DAYS = 90;
    /** The longest period one question may span. */
    static final int MOST_DAYS = 3_660;

    private final Clock clock;

    public AnalyticsService(Clock clock) {
        this.clock = clock;
    }

    /** A period of whole days (UTC), both ends included. */
    public record Period(LocalDate from, LocalDate to) {

        /** The instant it starts. */
        java.time.Instant starts() {
            return start(from);
        }

        /** The instant after its last day. */
        java.time.Instant ends() {
            return start(to.plusDays(1));
        }
    }

    /** What every question is asked over: a period and the filters, as checked from the request. */
    private record Scope(Period period, AnalyticsQueries.Filter filter) {
    }

    /** The filters as the request gave them; each may be absent. */
    public record Filters(String customerId, String partNumber, String severity) {
    }

    @WithSession
    public Uni<Pareto> pareto(String by, String from, String to, Filters filters) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        ParetoDimension dimension = dimension(by, errors);
        Scope scope = scope(from, to, filters, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidCommandException(errors));
        }
        Period period = scope.period();
        return AnalyticsQueries.pareto(dimension, period, scope.filter())
                .map(groups -> Pareto.of(dimension, period.from(), period.to(), groups));
    }

    /** The cases behind one bar of the Pareto by {@code by}: those whose value for it is {@code key}. */
    @WithSession
    public Uni<ParetoCases> cases(String by, String key, String from, String to, Filters filters) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        ParetoDimension dimension = dimension(by, errors);
        if (key == null || key.isBlank()) {
            errors.add(new InvalidCommandException.FieldError("key", "required: the Pareto item whose cases to list"));
        }
        Scope scope = scope(from, to, filters, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidCommandException(errors));
        }
        Period period = scope.period();
        // how many there are in all is the Pareto's count for the key: from the daily sums when it can be
        return AnalyticsQueries.pareto(dimension, period, scope.filter())
                .map(groups -> groups.stream().filter(g -> key.equals(g.key())).mapToLong(Pareto.Group::complaints).sum())
                .chain(total -> AnalyticsQueries.cases(dimension, key, period.starts(), period.ends(), scope.filter(), ParetoCases.MOST)
                        .map(rows -> new ParetoCases(dimension.apiName(), key, period.from(), period.to(), total,
                                rows.stream().map(row -> new ParetoCases.Case((java.util.UUID) row[0], (String) row[1],
                                        SqlValues.instant(row[2]), (String) row[3], (String) row[4], (String) row[5],
                                        (String) row[6], (String) row[7], (String) row[8], (String) row[9], count(row[10])))
                                        .toList())));
    }

    @WithSession
    public Uni<Trends> trends(String interval, String from, String to, Filters filters) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        String step = interval == null || interval.isBlank() ? "month" : interval;
        if (!step.equals("week") && !step.equals("month")) {
            errors.add(new InvalidCommandException.FieldError("interval", "week or month, not " + interval));
        }
        Scope scope = scope(from, to, filters, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidCommandException(errors));
        }
        Period period = scope.period();
        List<Period> parts = split(period, step.equals("week"));
        return AnalyticsQueries.trends(parts, scope.filter()).map(counts -> {
            List<Trends.Point> points = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                long[] c = counts.get(i);
                points.add(new Trends.Point(parts.get(i).from(), parts.get(i).to(), c[0], c[1], c[2], c[3], c[4]));
            }
            return new Trends(step, period.from(), period.to(), List.copyOf(points));
        });
    }

    @WithSession
    public Uni<Kpis> kpis(String from, String to, Filters filters) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        Scope scope = scope(from, to, filters, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidCommandException(errors));
        }
        Period period = scope.period();
        return AnalyticsQueries.kpis(period, scope.filter(), clock.instant())
                .map(rows -> kpisOf(period, rows.figures(), rows.mix(), rows.credits()));
    }

    static Kpis kpisOf(Period period, Object[] f, List<Object[]> mix, List<Object[]> credits) {
        int i = 0;
        long complaints = count(f[i++]);
        List<Kpis.MilestoneTimes> milestones = new ArrayList<>();
        for (String[] m : AnalyticsQueries.MILESTONES) {
            long reached = count(f[i++]);
            Double median = measured(f[i++]);
            Double p90 = measured(f[i++]);
            long due = count(f[i++]);
            long onTime = count(f[i++]);
            milestones.add(new Kpis.MilestoneTimes(m[0], reached, median, p90, due, onTime, Kpis.ratio(onTime, due)));
        }
        long verified = count(f[i++]);
        long effective = count(f[i++]);
        long reopened = count(f[i++]);
        long repeats = count(f[i++]);
        long returned = count(f[i++]);
        long replaced = count(f[i++]);
        long repaired = count(f[i++]);
        Kpis.Disputes disputes = new Kpis.Disputes(count(f[i++]), count(f[i++]), count(f[i++]), count(f[i++]), measured(f[i++]));
        long sent = count(f[i++]);
        long answered = count(f[i++]);
        Double mean = measured(f[i++]);
        long fourOrFive = count(f[i]);
        return new Kpis(period.from(), period.to(), complaints, List.copyOf(milestones), Kpis.Rate.of(effective, verified),
                Kpis.Rate.of(reopened, complaints), Kpis.Rate.of(repeats, complaints),
                new Kpis.Remedies(mix.stream().map(r -> new Kpis.RemedyCount((String) r[0], count(r[1]))).toList(),
                        credits.stream().map(c -> new Kpis.Credit((String) c[0], new java.math.BigDecimal(c[1].toString()))).toList(),
                        returned, replaced, repaired),
                disputes, new Kpis.Satisfaction(sent, answered, Kpis.ratio(answered, sent), mean, Kpis.ratio(fourOrFive, answered)));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A measured value rounded to two decimals; null stays null (nothing to measure). */
    private static Double measured(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    /** The weeks (Monday to Sunday) or calendar months a period touches, the first and last cut to it. */
    static List<Period> split(Period period, boolean weeks) {
        List<Period> parts = new ArrayList<>();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            LocalDate next = weeks ? start.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                    : start.withDayOfMonth(1).plusMonths(1);
            LocalDate end = next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1);
            parts.add(new Period(start, end));
            start = next;
        }
        return parts;
    }

    /** The dimension {@code by} names; null, and what is wrong with it in {@code errors}, when it names none. */
    private static ParetoDimension dimension(String by, List<InvalidCommandException.FieldError> errors) {
        try {
            return ParetoDimension.named(by);
        } catch (InvalidCommandException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** The period and filters of a question; what is wrong with them goes to {@code errors}. */
    private Scope scope(String from, String to, Filters filters, List<InvalidCommandException.FieldError> errors) {
        return new Scope(period(from, to, errors), filter(filters, errors));
    }

    Period period(String from, String to, List<InvalidCommandException.FieldError> errors) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = date("to", to, errors, today);
        LocalDate start = date("from", from, errors, (end == null ? today : end).minusDays(DEFAULT_DAYS - 1));
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new InvalidCommandException.FieldError("from", "must not be after to (" + end + ")"));
            } else if (start.plusDays(MOST_DAYS).isBefore(end)) {
                errors.add(new InvalidCommandException.FieldError("from", "a period spans at most " + MOST_DAYS + " days"));
            }
        }
        return new Period(start, end);
    }

    private static LocalDate date(String field, String value, List<InvalidCommandException.FieldError> errors, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new InvalidCommandException.FieldError(field, "not a date (YYYY-MM-DD): " + value));
            return null;
        }
    }

    private static AnalyticsQueries.Filter filter(Filters filters, List<InvalidCommandException.FieldError> errors) {
        String severity = blankToNull(filters.severity());
        if (severity != null && Arrays.stream(Severity.values()).noneMatch(s -> s.name().equals(severity))) {
            errors.add(new InvalidCommandException.FieldError("severity", "one of " + Arrays.toString(Severity.values())));
        }
        return new AnalyticsQueries.Filter(blankToNull(filters.customerId()), blankToNull(filters.partNumber()), severity);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
