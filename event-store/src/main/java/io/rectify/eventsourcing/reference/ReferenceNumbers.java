package io.rectify.eventsourcing.reference;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Human references such as {@code CMP-2026-000123}: a prefix, the year, and a number from a
 * database sequence, which never blocks a concurrent writer and is never reused (a rolled-back
 * transaction leaves a gap).
 *
 * <p>The number is drawn on the session's own connection (a second connection per request could
 * exhaust the pool under load), with HQL rather than a native query: Hibernate caches the plan of
 * an HQL query, while a native query with a result type would add a plan on every call.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private static final Pattern SEQUENCE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Map<String, String> queries = new ConcurrentHashMap<>();

    /**
     * @param prefix   e.g. {@code CMP}
     * @param sequence the database sequence, e.g. {@code complaint_reference_seq}
     */
    public Uni<String> next(String prefix, String sequence, Instant at) {
        String query = queries.computeIfAbsent(sequence, name -> {
            if (!SEQUENCE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a sequence name: " + name);
            }
            return "select cast(function('nextval', '" + name + "') as Long)";
        });
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(query, Long.class).getSingleResult())
                .map(number -> format(prefix, at, number));
    }

    static String format(String prefix, Instant at, long number) {
        return String.format("%s-%d-%06d", prefix, at.atZone(ZoneOffset.UTC).getYear(), number);
    }
}
