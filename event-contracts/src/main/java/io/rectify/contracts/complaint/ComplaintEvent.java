package io.rectify.contracts.complaint;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Money;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;

import io.rectify.contracts.car.EightDReport;

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

    /**
     * The linked CAR reached a step the case depends on; {@code summary} carries its gist (e.g. the
     * root cause), {@code causes} the root causes' categories when the step is ROOT_CAUSE_DETERMINED
     * (absent from events written before it was added).
     */
    @EventType("io.rectify.complaint.corrective-action-progressed.v1")
    record CorrectiveActionProgressed(UUID complaintId, UUID carId, CarProgress progress, String summary,
                                      Instant progressedAt, CauseCategories causes) implements ComplaintEvent {

        /** A step that carries no root cause categories. */
        public CorrectiveActionProgressed(UUID complaintId, UUID carId, CarProgress progress, String summary,
                                          Instant progressedAt) {
            this(complaintId, carId, progress, summary, progressedAt, null);
        }
    }

    /** The supplier shared the linked CAR's 8D report with the customer; a later sharing replaces it. */
    @EventType("io.rectify.complaint.eight-d-report-shared.v1")
    record EightDReportShared(UUID complaintId, UUID carId, EightDReport report, Instant sharedAt) implements ComplaintEvent {
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

    /** The case is closed; the customer is asked to rate its handling ({@code survey}). */
    @EventType("io.rectify.complaint.closed.v1")
    record Closed(UUID complaintId, String comment, Instant closedAt, SurveyInvitation survey) implements ComplaintEvent {
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

    // --- remedy: what the customer gets, and its fulfilment

    /** What happens to the remedy on the case. */
    sealed interface RemedyEvent extends ComplaintEvent {
    }

    /** The supplier offers a remedy; it replaces an earlier offer the customer has not accepted. */
    @EventType("io.rectify.complaint.remedy-proposed.v1")
    record RemedyProposed(UUID complaintId, RemedyOffer remedy, String comment, Instant proposedAt) implements RemedyEvent {
    }

    @EventType("io.rectify.complaint.remedy-accepted.v1")
    record RemedyAccepted(UUID complaintId, String comment, Instant acceptedAt) implements RemedyEvent {
    }

    @EventType("io.rectify.complaint.remedy-rejected.v1")
    record RemedyRejected(UUID complaintId, String reason, Instant rejectedAt) implements RemedyEvent {
    }

    /**
     * A step of carrying out the agreed remedy ({@code remedy}): goods received, repaired, shipped, credit issued.
     *
     * @param documentReference e.g. the delivery note or credit note number
     * @param fulfilled         this step completes the remedy
     */
    @EventType("io.rectify.complaint.remedy-fulfilment-recorded.v1")
    record RemedyFulfilmentRecorded(UUID complaintId, RemedyOffer remedy, FulfilmentStep step, Integer quantity,
                                    String documentReference, String note, boolean fulfilled, Instant recordedAt)
            implements RemedyEvent {
    }

    // --- disputes (ISO 10003): issue, evidence, negotiation, written settlement, mediation, follow-up

    /** What happens in the case's current dispute, after it was opened. */
    sealed interface DisputeEvent extends ComplaintEvent {
    }

    /** The customer contests a decision; the case cannot close until the dispute ends. */
    @EventType("io.rectify.complaint.dispute-opened.v1")
    record DisputeOpened(UUID complaintId, int disputeNumber, Contested contests, String issueStatement, String customerClaim,
                         Money amountInDispute, Instant openedAt) implements ComplaintEvent {
    }

    /** @param checksum of the linked file, e.g. {@code sha256:9f86d0…}, so what was submitted can be proven later */
    @EventType("io.rectify.complaint.dispute-evidence-submitted.v1")
    record EvidenceSubmitted(UUID complaintId, UUID evidenceId, EvidenceType type, String description, String link,
                             String checksum, Party submittedBy, String submitterName, Instant submittedAt)
            implements DisputeEvent {
    }

    /** A proposal or counter-proposal ({@code counters} names the one it answers). */
    @EventType("io.rectify.complaint.settlement-proposed.v1")
    record SettlementProposed(UUID complaintId, UUID proposalId, Party proposedBy, Resolution terms, UUID counters,
                              Instant proposedAt) implements DisputeEvent {
    }

    /** The other party accepts a proposal; its {@code terms} become the written settlement both are to sign. */
    @EventType("io.rectify.complaint.settlement-proposal-accepted.v1")
    record ProposalAccepted(UUID complaintId, UUID proposalId, Party acceptedBy, Resolution terms, String comment,
                            Instant acceptedAt) implements DisputeEvent {
    }

    /** {@code counteredBy} names the counter-proposal that turned it down; null when it was simply rejected. */
    @EventType("io.rectify.complaint.settlement-proposal-rejected.v1")
    record ProposalRejected(UUID complaintId, UUID proposalId, Party rejectedBy, String reason, UUID counteredBy,
                            Instant rejectedAt) implements DisputeEvent {
    }

    @EventType("io.rectify.complaint.settlement-signed.v1")
    record SettlementSigned(UUID complaintId, UUID proposalId, Signature signature) implements DisputeEvent {
    }

    /** Both parties signed: the settlement binds them and never changes; the case continues from it. */
    @EventType("io.rectify.complaint.dispute-settled.v1")
    record DisputeSettled(UUID complaintId, UUID proposalId, Resolution settlement, List<Signature> signatures,
                          Instant settledAt) implements DisputeEvent {
    }

    /** Negotiation failed (or a settlement was not honoured): a third party mediates. */
    @EventType("io.rectify.complaint.mediation-started.v1")
    record MediationStarted(UUID complaintId, Mediator mediator, String reason, Instant startedAt) implements DisputeEvent {
    }

    @EventType("io.rectify.complaint.mediation-concluded.v1")
    record MediationConcluded(UUID complaintId, Mediator mediator, Resolution outcome, Instant concludedAt)
            implements DisputeEvent {
    }

    @EventType("io.rectify.complaint.dispute-withdrawn.v1")
    record DisputeWithdrawn(UUID complaintId, String reason, Instant withdrawnAt) implements DisputeEvent {
    }

    /** Whether what was settled (or decided by the mediator) was carried out. */
    @EventType("io.rectify.complaint.dispute-follow-up-recorded.v1")
    record DisputeFollowUpRecorded(UUID complaintId, boolean honoured, String observation, Instant recordedAt)
            implements DisputeEvent {
    }

    // --- satisfaction

    /** The customer rated the handling of the case, once per survey. */
    @EventType("io.rectify.complaint.satisfaction-recorded.v1")
    record SatisfactionRecorded(UUID complaintId, UUID surveyId, int rating, String comment, Instant recordedAt)
            implements ComplaintEvent {
    }
}
