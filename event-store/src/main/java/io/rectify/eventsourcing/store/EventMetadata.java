package io.rectify.eventsourcing.store;

import java.util.Objects;
import java.util.UUID;

/**
 * Who caused an event and in which chain of events it happened: the correlation id is shared by
 * everything one request set off, the causation id names the event that caused this one.
 */
public record EventMetadata(String actor, UUID correlationId, UUID causationId) {

    public static final String SYSTEM_ACTOR = "system";

    public EventMetadata {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * An event recorded because another event was consumed: it continues that event's
     * correlation and names it as its cause.
     */
    public static EventMetadata causedBy(UUID causeEventId, UUID causeCorrelationId, String actor) {
        return new EventMetadata(actor, causeCorrelationId == null ? causeEventId : causeCorrelationId, causeEventId);
    }

    /** An event this service records on its own, e.g. a scheduler noticing a missed deadline. */
    public static EventMetadata system() {
        return new EventMetadata(SYSTEM_ACTOR, UUID.randomUUID(), null);
    }
}
