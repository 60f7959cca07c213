package io.rectify.contracts.complaint;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * Every state change of a complaint case. These records are the payload ({@code data}) of the
 * CloudEvents on {@code complaints.events}; who did it and when is carried by the envelope.
 */
public sealed interface ComplaintEvent {

    /** The type names of all complaint events. */
    EventTypes<ComplaintEvent> TYPES = EventTypes.of(ComplaintEvent.class);

    UUID complaintId();

    @EventType("io.rectify.complaint.received.v1")
    record Received(UUID complaintId,
                    String reference,
                    Customer customer,
                    Channel channel,
                    Product product,
                    String lotNumber,
                    int quantityAffected,
                    int remainingStock,
                    String description,
                    Occurrence occurrence,
                    Severity severity,
                    Remedy requestedRemedy,
                    Instant receivedAt,
                    DueDates dueDates) implements ComplaintEvent {
    }

    @EventType("io.rectify.complaint.acknowledged.v1")
    record Acknowledged(UUID complaintId, String comment, Instant acknowledgedAt) implements ComplaintEvent {
    }
}
