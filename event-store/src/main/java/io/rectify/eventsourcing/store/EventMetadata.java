package io.rectify.eventsourcing.store;

import java.util.Objects;
import java.util.UUID;

/**
 * Who caused an event and in which chain of events it happened: the correlation id is shared by
 * everything one request set off, the causation id names the event that caused this one.
 *
 * @param actor   the username behind the request's token, or the service's own identity
 *                ({@code system:complaint-service}) for what a consumer or a scheduler records
 * @param actorId the identity provider's subject of that user (stable, unlike a username); the
 *                service identity for the service's own events
 */
public record EventMetadata(String actor, String actorId, UUID correlationId, UUID causationId) {

    public static final String SYSTEM_PREFIX = "system:";

    public EventMetadata {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * An event recorded because another event was consumed: it carries the consuming service's
     * identity, continues that event's correlation and names it as its cause.
     */
    public static EventMetadata causedBy(UUID causeEventId, UUID causeCorrelationId, String serviceActor) {
        return new EventMetadata(serviceActor, serviceActor, causeCorrelationId == null ? causeEventId : causeCorrelationId,
                causeEventId);
    }

    /** An event this service records on its own, e.g. a scheduler noticing a missed deadline. */
    public static EventMetadata system(String serviceActor) {
        return new EventMetadata(serviceActor, serviceActor, UUID.randomUUID(), null);
    }

    /** The actor a service records its own events under: {@code system:<application name>}. */
    public static String serviceActor(String applicationName) {
        return SYSTEM_PREFIX + applicationName;
    }
}
