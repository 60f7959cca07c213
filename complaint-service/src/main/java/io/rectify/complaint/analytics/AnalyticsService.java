package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.command.InvalidCommandException;
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
    }

    /** The filters as the request gave them; each may be absent. */
    public record Filters(String customerId, String partNumber, String severity) {
    }

    @WithSession
    public Uni<Pareto> pareto(String by, String from, String to, Filters filters) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        ParetoDimension dimension = null;
        try {
            dimension = ParetoDimension.named(by);
        } catch (InvalidCommandException e) {
            errors.addAll(e.errors());
        }
        Period period = period(from, to, errors);
        AnalyticsQueries.Filter filter = filter(filters, errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new InvalidCommandException(errors));
        }
        ParetoDimension grouped = dimension;
        return AnalyticsQueries.pareto(grouped, start(period.from()), start(period.to().plusDays(1)), filter)
                .map(groups -> Pareto.of(grouped, period.from(), period.to(), groups));
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
