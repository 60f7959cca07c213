package io.rectify.eventsourcing.cloudevents;

import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as Rectify publishes it: the required attributes, the extensions
 * {@code caseid} and {@code sequence} of the contract, and who caused it.
 *
 * @param data the JSON data, as text
 */
public record CloudEvent(String id,
                         String source,
                         String type,
                         String subject,
                         Instant time,
                         String dataContentType,
                         UUID caseId,
                         long sequence,
                         String actor,
                         String actorId,
                         UUID correlationId,
                         UUID causationId,
                         String data) {
}
