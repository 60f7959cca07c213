package io.rectify.complaint.domain;

import io.rectify.complaint.domain.ComplaintCommand.Type;
import io.rectify.complaint.domain.Dispute.DisputeStatus;
import io.rectify.complaint.domain.RemedyState.RemedyStatus;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Contested;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.lifecycle.Guard;
import io.rectify.eventsourcing.lifecycle.Lifecycle;
import io.rectify.eventsourcing.lifecycle.Rule;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.rectify.complaint.domain.ComplaintStatus.ACKNOWLEDGED;
import static io.rectify.complaint.domain.ComplaintStatus.CLOSED;
import static io.rectify.complaint.domain.ComplaintStatus.CORRECTIVE_ACTION;
import static io.rectify.complaint.domain.ComplaintStatus.MONITORING;
import static io.rectify.complaint.domain.ComplaintStatus.NONE;
import static io.rectify.complaint.domain.ComplaintStatus.RECEIVED;
import static io.rectify.complaint.domain.ComplaintStatus.REJECTED;
import static io.rectify.complaint.domain.ComplaintStatus.RESPONDED;
import static io.rectify.complaint.domain.ComplaintStatus.UNDER_ANALYSIS;

/**
 * The complaint state machine, in one place: which command a status allows, what else must hold
 * first, and which status each event leads to. Shown here by the names the API gives the
 * commands ({@code POST /complaints/{id}/<name>}), in the order of the process:
 *
 * <pre>
 * RECEIVED --acknowledgement--> ACKNOWLEDGED --analysis--> UNDER_ANALYSIS --corrective-action-request--> CORRECTIVE_ACTION
 *     --response (once the CAR has a root cause)--> RESPONDED --follow-ups EFFECTIVE--> MONITORING --closure--> CLOSED
 * UNDER_ANALYSIS --response (with a justification why no CAR is needed)--> RESPONDED
 * follow-ups NOT_EFFECTIVE --> UNDER_ANALYSIS (and the CAR is reopened)
 * rejection (before a response) --> REJECTED;  reopening of CLOSED or REJECTED --> UNDER_ANALYSIS
 * </pre>
 * Alongside, without changing the status: the remedy (remedy --> remedy/acceptance | remedy/rejection,
 * then remedy/fulfilment steps), and disputes on a rejection, a response or a remedy:
 * <pre>
 * dispute --> NEGOTIATION (dispute/evidence, dispute/proposals, .../acceptance | .../rejection)
 *     --proposal accepted--> AWAITING_SIGNATURES --both dispute/settlement/signatures--> SETTLED
 *     --dispute/mediation (after a proposal was turned down)--> IN_MEDIATION --dispute/mediation/outcome--> MEDIATED
 *     --dispute/withdrawal--> WITHDRAWN;  SETTLED | MEDIATED --dispute/follow-ups
 * </pre>
 * An open dispute, an unanswered remedy or an agreed one not carried out keeps the case from
 * closing; closure sends a satisfaction survey, answered once ({@code satisfaction}).
 */
public final class ComplaintLifecycle {

    /** Statuses in which the quality team handles the case with the customer. */
    private static final Set<ComplaintStatus> IN_HANDLING = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION, RESPONDED,
            MONITORING);
    /** A rejected complaint can be disputed too: that is what disputes are most often about. */
    private static final Set<ComplaintStatus> DISPUTABLE = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION, RESPONDED,
            MONITORING, REJECTED);
    /** What a dispute agreed may be followed up after the case closed. */
    private static final Set<ComplaintStatus> AFTER_DISPUTE = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION,
            RESPONDED, MONITORING, REJECTED, CLOSED);
    /** A case that exists: what another service's event or the deadline watch may touch. */
    private static final Set<ComplaintStatus> FILED = EnumSet.complementOf(EnumSet.of(NONE));

    public static final Lifecycle<Complaint, Type, ComplaintEvent, ComplaintStatus> TABLE = Lifecycle
            .<Complaint, Type, ComplaintEvent, ComplaintStatus>of(Type.class, ComplaintLifecycle::rule, Complaint::status)
            .on(ComplaintEvent.Received.class, RECEIVED)
            .on(ComplaintEvent.Acknowledged.class, ACKNOWLEDGED)
            // a first analysis starts it; recording it again refines it where the case is
            .on(ComplaintEvent.Analysed.class, (complaint, event) -> complaint.status() == ACKNOWLEDGED ? UNDER_ANALYSIS
                    : complaint.status())
            .on(ComplaintEvent.CorrectiveActionRequested.class, CORRECTIVE_ACTION)
            .on(ComplaintEvent.ResponseIssued.class, RESPONDED)
            .on(ComplaintEvent.FollowUpRecorded.class, (complaint, event) -> event.result() == Effectiveness.EFFECTIVE
                    ? MONITORING : UNDER_ANALYSIS)
            .on(ComplaintEvent.Closed.class, CLOSED)
            .on(ComplaintEvent.Rejected.class, REJECTED)
            .on(ComplaintEvent.Reopened.class, UNDER_ANALYSIS)
            .outOfOrder((complaint, command) -> command == Type.FILE ? "is not possible: the complaint was filed already"
                    : "is not accepted in status " + complaint.status())
            .build();

    private ComplaintLifecycle() {
    }

    private static Rule<Complaint, ComplaintStatus> rule(Type command) {
        return switch (command) {
            case FILE -> Rule.<Complaint, ComplaintStatus>from(NONE).internal();
            case ACKNOWLEDGE -> Rule.from(RECEIVED);
            case ANALYSE -> Rule.from(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION);
            case REQUEST_CORRECTIVE_ACTION -> Rule.<Complaint, ComplaintStatus>from(UNDER_ANALYSIS).when((complaint, now) ->
                    complaint.analysis() == null
                            ? Optional.of("record the analysis first: what happened, what it affects, what is contained")
                            : complaint.car().requested()
                            ? Optional.of("the case has its CAR already and follows it (" + complaint.car().describe() + ")")
                            : Optional.empty());
            case RESPOND -> Rule.<Complaint, ComplaintStatus>from(UNDER_ANALYSIS, CORRECTIVE_ACTION).when((complaint, now) ->
                    complaint.car().requested() && !complaint.car().rootCauseKnown()
                            ? Optional.of("the response waits for the CAR's root cause (" + complaint.car().describe() + ")")
                            : Optional.empty());
            case RECORD_FOLLOW_UP -> Rule.from(RESPONDED, MONITORING);
            case CLOSE -> Rule.<Complaint, ComplaintStatus>from(MONITORING).when((complaint, now) ->
                    !complaint.effectiveFollowUp()
                            ? Optional.of("closure needs a follow-up that found the action EFFECTIVE at the customer")
                            : complaint.disputeOpen()
                            ? Optional.of("the dispute on the case is still open (" + complaint.dispute().status() + ")")
                            : complaint.remedy().status() == RemedyStatus.PROPOSED
                            ? Optional.of("the customer has not answered the remedy offered")
                            : complaint.remedy().status() == RemedyStatus.ACCEPTED
                            ? Optional.of("the agreed remedy is not carried out yet; next: " + complaint.remedy().nextStep())
                            : Optional.empty());
            case REJECT -> Rule.<Complaint, ComplaintStatus>from(RECEIVED, ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION)
                    .when((complaint, now) -> complaint.disputeOpen() ? Optional.of("the dispute on the case is still open")
                            : Optional.empty());
            case REOPEN -> Rule.from(CLOSED, REJECTED);

            // the remedy: offered by the supplier, answered by the customer, then carried out
            case PROPOSE_REMEDY -> Rule.<Complaint, ComplaintStatus>from(IN_HANDLING).when((complaint, now) ->
                    complaint.disputeOpen()
                            ? Optional.of("the remedy is being settled in the dispute")
                            : complaint.remedy().status() == RemedyStatus.ACCEPTED
                            || complaint.remedy().status() == RemedyStatus.FULFILLED
                            ? Optional.of("a remedy was agreed already (" + complaint.remedy().offer().describe() + ")")
                            : Optional.empty());
            case ACCEPT_REMEDY, REJECT_REMEDY -> Rule.<Complaint, ComplaintStatus>from(IN_HANDLING).when(remedyOffered());
            case RECORD_FULFILMENT -> Rule.<Complaint, ComplaintStatus>from(IN_HANDLING).when((complaint, now) ->
                    complaint.remedy().status() == RemedyStatus.ACCEPTED
                            ? Optional.empty()
                            : Optional.of("there is no agreed remedy left to carry out (remedy " + complaint.remedy().status() + ")"));

            // disputes: opened by the customer, negotiated, settled in writing or mediated, then followed up
            case OPEN_DISPUTE -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE).when((complaint, now) ->
                    complaint.disputeOpen()
                            ? Optional.of("dispute " + complaint.dispute().number() + " is still open")
                            : contestable(complaint).isEmpty()
                            ? Optional.of("there is nothing to contest yet: no rejection, response or remedy")
                            : Optional.empty());
            case SUBMIT_EVIDENCE, WITHDRAW_DISPUTE -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE)
                    .when(disputeIn(DisputeStatus.NEGOTIATION, DisputeStatus.AWAITING_SIGNATURES, DisputeStatus.IN_MEDIATION));
            case PROPOSE_SETTLEMENT -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE)
                    .when(disputeIn(DisputeStatus.NEGOTIATION, DisputeStatus.AWAITING_SIGNATURES))
                    // an accepted proposal nobody signed yet may still be replaced
                    .when((complaint, now) -> complaint.dispute().signatures().isEmpty() ? Optional.empty()
                            : Optional.of("a settlement signed by a party cannot be replaced"));
            case ACCEPT_PROPOSAL, REJECT_PROPOSAL -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE).when((complaint, now) ->
                    complaint.dispute() != null && complaint.dispute().status() == DisputeStatus.NEGOTIATION
                            && complaint.dispute().openProposal().isPresent()
                            ? Optional.empty()
                            : Optional.of("no proposal is waiting for an answer"));
            case SIGN_SETTLEMENT -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE).when(disputeIn(DisputeStatus.AWAITING_SIGNATURES));
            case START_MEDIATION -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE).when((complaint, now) -> {
                Dispute dispute = complaint.dispute();
                boolean negotiating = dispute != null && (dispute.status() == DisputeStatus.NEGOTIATION
                        || dispute.status() == DisputeStatus.AWAITING_SIGNATURES && dispute.signatures().isEmpty());
                if (negotiating && dispute.negotiationFailed()
                        || dispute != null && dispute.status() == DisputeStatus.SETTLED && dispute.agreementBroken()) {
                    return Optional.empty();
                }
                return Optional.of("mediation follows a failed negotiation (a proposal turned down) or a settlement "
                        + "a follow-up found not honoured");
            });
            case CONCLUDE_MEDIATION -> Rule.<Complaint, ComplaintStatus>from(DISPUTABLE).when(disputeIn(DisputeStatus.IN_MEDIATION));
            case RECORD_DISPUTE_FOLLOW_UP -> Rule.<Complaint, ComplaintStatus>from(AFTER_DISPUTE)
                    .when(disputeIn(DisputeStatus.SETTLED, DisputeStatus.MEDIATED));

            // the survey a closure sent, answered once while its link is valid
            case RECORD_SATISFACTION -> Rule.<Complaint, ComplaintStatus>from(CLOSED).when((complaint, now) ->
                            complaint.survey() == null
                                    ? Optional.of("no survey was sent for this case")
                                    : complaint.survey().answered()
                                    ? Optional.of("the survey was answered already; each survey takes one answer")
                                    : Optional.empty())
                    .openUntil(complaint -> complaint.survey() == null ? null : complaint.survey().expiresAt(),
                            "is not possible any more: the survey expired");

            // another service's events and the deadline watch: the case decides what they change
            case LINK_CAR, FOLLOW_CAR, RECEIVE_EIGHT_D_REPORT, RECORD_MISSED_DEADLINES -> Rule.<Complaint, ComplaintStatus>from(FILED).internal();
        };
    }

    /** Refuses (409) a command the case does not take now, saying why and what is allowed instead. */
    static void check(Complaint complaint, ComplaintCommand command, Instant now) {
        TABLE.check(complaint, command.commandType(), now);
    }

    /** A refusal decided beyond the table, e.g. a dispute holding all the evidence it takes. */
    static CommandRejectedException refuse(Complaint complaint, ComplaintCommand command, Instant now, String reason) {
        return TABLE.refuse(complaint, command.commandType(), now, "is not possible: " + reason);
    }

    /** The commands users may send the case now, in the order of the process. */
    public static List<Type> allowed(Complaint complaint, Instant now) {
        return TABLE.allowed(complaint, now);
    }

    /** What the customer can contest now: the rejection, the response, the remedy offered or refused. */
    public static Set<Contested> contestable(Complaint complaint) {
        Set<Contested> contestable = EnumSet.noneOf(Contested.class);
        if (complaint.status() == REJECTED) {
            contestable.add(Contested.REJECTION);
        }
        if (complaint.response() != null && (complaint.status() == RESPONDED || complaint.status() == MONITORING)) {
            contestable.add(Contested.RESPONSE);
        }
        if (complaint.remedy().status() == RemedyStatus.PROPOSED || complaint.remedy().status() == RemedyStatus.REJECTED) {
            contestable.add(Contested.REMEDY);
        }
        return contestable;
    }

    private static Guard<Complaint> remedyOffered() {
        return (complaint, now) -> complaint.remedy().status() == RemedyStatus.PROPOSED
                ? Optional.empty()
                : Optional.of("no remedy is waiting for the customer's answer (remedy " + complaint.remedy().status() + ")");
    }

    private static Guard<Complaint> disputeIn(DisputeStatus... statuses) {
        Set<DisputeStatus> allowed = EnumSet.copyOf(List.of(statuses));
        return (complaint, now) -> {
            Dispute dispute = complaint.dispute();
            if (dispute == null) {
                return Optional.of("the case has no dispute");
            }
            return allowed.contains(dispute.status()) ? Optional.empty()
                    : Optional.of("dispute " + dispute.number() + " is " + dispute.status() + ", this step needs it " + allowed);
        };
    }
}
