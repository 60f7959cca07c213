package io.rectify.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as it is stored: its JSON {@code data} and its envelope. {@code position} orders all
 * events of one store; {@code version} orders the events of one stream (aggregate).
 */
public record RecordedEvent(long position,
                            UUID eventId,
                            String streamType,
                            UUID streamId,
                            long version,
                            UUID caseId,
                            String type,
                            String data,
                            String actor,
                            String actorId,
                            UUID correlationId,
                            UUID causationId,
                            Instant occurredAt) {
}
