package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.store.EventMetadata;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is asking and which conversation the request belongs to, read from the request headers
 * and recorded on every event it causes: {@code X-Actor} names the person or system (an
 * identity provider's subject once one sits in front), {@code X-Correlation-Id} ties together
 * everything one business action set off.
 */
@RequestScoped
public class RequestMetadata {

    public static final String ACTOR = "X-Actor";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String ANONYMOUS = "anonymous";

    private static final Pattern ACTOR_FORMAT = Pattern.compile("[\\p{L}\\p{N} .@_:+\\-]{1,120}");

    private final HttpServerRequest request;
    private UUID correlationId;

    public RequestMetadata(HttpServerRequest request) {
        this.request = request;
    }

    public EventMetadata eventMetadata() {
        return new EventMetadata(actor(), correlationId(), null);
    }

    public String actor() {
        String actor = request.getHeader(ACTOR);
        if (actor == null || actor.isBlank()) {
            return ANONYMOUS;
        }
        if (!ACTOR_FORMAT.matcher(actor.trim()).matches()) {
            throw InvalidCommandException.of(ACTOR, "must be 1-120 letters, digits, spaces or . @ _ : + -");
        }
        return actor.trim();
    }

    public UUID correlationId() {
        if (correlationId == null) {
            String header = request.getHeader(CORRELATION_ID);
            if (header == null || header.isBlank()) {
                correlationId = UUID.randomUUID();
            } else {
                try {
                    correlationId = UUID.fromString(header.trim());
                } catch (IllegalArgumentException e) {
                    throw InvalidCommandException.of(CORRELATION_ID, "must be a UUID");
                }
            }
        }
        return correlationId;
    }
}
