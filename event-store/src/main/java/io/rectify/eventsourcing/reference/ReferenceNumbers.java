package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human references such as {@code CMP-2026-000123}: the year the complaint was received and a
 * number from a database sequence, which never blocks a concurrent filing and is never reused.
 *
 * <p>The number is drawn on the session's own connection (a second connection per request could
 * exhaust the pool under load), with HQL rather than a native query: Hibernate caches the plan of
 * an HQL query, while a native query with a result type would add a plan on every call.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private static final String NEXT_NUMBER = "select cast(function('nextval', 'complaint_reference_seq') as Long)";

    public Uni<String> next(Instant receivedAt) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(NEXT_NUMBER, Long.class).getSingleResult())
                .map(number -> format(receivedAt, number));
    }

    static String format(Instant receivedAt, long number) {
        return String.format("CMP-%d-%06d", receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }
}
