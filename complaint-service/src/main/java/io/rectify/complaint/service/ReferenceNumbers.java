package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human references such as {@code CMP-2026-000123}: the year the complaint was received and a
 * number from a database sequence, which never blocks a concurrent filing and is never reused.
 */
@ApplicationScoped
public class ReferenceNumbers {

    public Uni<String> next(Instant receivedAt) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select nextval('complaint_reference_seq')", Long.class).getSingleResult())
                .map(number -> format(receivedAt, number));
    }

    static String format(Instant receivedAt, long number) {
        return String.format("CMP-%d-%06d", receivedAt.atZone(ZoneOffset.UTC).getYear(), number);
    }
}
