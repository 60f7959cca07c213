package io.rectify.eventsourcing.http;

import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.security.CurrentCaller;
import io.rectify.eventsourcing.store.EventMetadata;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * Who acts and which conversation the request belongs to, recorded on every event it causes: the
 * actor is the user behind the verified token (username and subject), never what the request
 * claims; an {@code X-Actor} header is ignored. {@code X-Correlation-Id} ties together everything
 * one business action set off.
 */
@RequestScoped
public class RequestMetadata {

    public static final String CORRELATION_ID = "X-Correlation-Id";

    private final HttpServerRequest request;
    private final CurrentCaller caller;
    private UUID correlationId;

    public RequestMetadata(HttpServerRequest request, CurrentCaller caller) {
        this.request = request;
        this.caller = caller;
    }

    public EventMetadata eventMetadata() {
        Caller who = caller.get();
        return new EventMetadata(who.username(), who.subject(), correlationId(), null);
    }

    /**
     * For the few operations anyone may call without a token, whose own credential (e.g. a survey
     * link's one-time token) stands for the caller: the actor names that credential.
     */
    public EventMetadata eventMetadataWithout(String credentialActor) {
        return new EventMetadata(credentialActor, credentialActor, correlationId(), null);
    }

    public Caller caller() {
        return caller.get();
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
