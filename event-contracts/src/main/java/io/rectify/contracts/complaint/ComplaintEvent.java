package io.rectify.contracts.complaint;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every state change of a complaint case. These records are the payload ({@code data}) of the
 * CloudEvents on {@code complaints.events}; who did it and when it was recorded travels in the
 * envelope. Free-text {@code comment}s say why.
 */
public sealed interface ComplaintEvent {

    /** The type names of all complaint events. */
    EventTypes<ComplaintEvent> TYPES = EventTypes.of(ComplaintEvent.class);

    UUID complaintId();

    /** The customer's complaint form arrived; the case got its reference and its due dates. */
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
                    DueDates dueDates,
                    List<RelatedComplaint> relatedComplaints) implements ComplaintEvent {
    }

    @EventType("io.rectify.complaint.acknowledged.v1")
    record Acknowledged(UUID complaintId, String comment, Instant acknowledgedAt) implements ComplaintEvent {
    }

    /** Why it happened (a hypothesis until the CAR's root cause), what it affects, what is contained. */
    @EventType("io.rectify.complaint.analysed.v1")
    record Analysed(UUID complaintId, String rootCauseHypothesis, Impact impact, Containment containment,
                    String comment, Instant analysedAt) implements ComplaintEvent {
    }

    /** A corrective action request (8D) is asked of car-service, with what it needs to open the CAR. */
    @EventType("io.rectify.complaint.corrective-action-requested.v1")
    record CorrectiveActionRequested(UUID complaintId, String reference, String problemStatement, Customer customer,
                                     Product product, String lotNumber, Severity severity, Containment containment,
                                     String comment, Instant requestedAt) implements ComplaintEvent {
    }

    /** car-service opened the CAR the case asked for. */
    @EventType("io.rectify.complaint.corrective-action-linked.v1")
    record CorrectiveActionLinked(UUID complaintId, UUID carId, String carReference, Instant linkedAt)
            implements ComplaintEvent {
    }

    /** The linked CAR reached a step the case depends on; {@code summary} carries its gist (e.g. the root cause). */
    @EventType("io.rectify.complaint.corrective-action-progressed.v1")
    record CorrectiveActionProgressed(UUID complaintId, UUID carId, CarProgress progress, String summary,
                                      Instant progressedAt) implements ComplaintEvent {
    }

    /**
     * The answer to the customer (seed step 4). {@code noCarJustification} is set when the case
     * was answered without a CAR, and says why none was needed.
     */
    @EventType("io.rectify.complaint.response-issued.v1")
    record ResponseIssued(UUID complaintId, String rootCause, String correctiveAction, String preventiveAction,
                          String noCarJustification, String comment, Instant respondedAt) implements ComplaintEvent {
    }

    /**
     * What the follow-up at the customer found (seed step 5). NOT_EFFECTIVE sends the case back to
     * analysis and asks car-service to reopen the linked CAR ({@code carToReopen}).
     */
    @EventType("io.rectify.complaint.follow-up-recorded.v1")
    record FollowUpRecorded(UUID complaintId, Effectiveness result, String observation, UUID carToReopen,
                            Instant recordedAt) implements ComplaintEvent {
    }

    @EventType("io.rectify.complaint.closed.v1")
    record Closed(UUID complaintId, String comment, Instant closedAt) implements ComplaintEvent {
    }

    @EventType("io.rectify.complaint.rejected.v1")
    record Rejected(UUID complaintId, String reason, Instant rejectedAt) implements ComplaintEvent {
    }

    @EventType("io.rectify.complaint.reopened.v1")
    record Reopened(UUID complaintId, String reason, Instant reopenedAt) implements ComplaintEvent {
    }

    /** A milestone's due date passed before it was reached; recorded once per milestone. */
    @EventType("io.rectify.complaint.deadline-missed.v1")
    record DeadlineMissed(UUID complaintId, Milestone milestone, Instant dueAt, Instant detectedAt)
            implements ComplaintEvent {
    }
}
