package io.rectify.complaint.domain;

import io.rectify.complaint.domain.ComplaintCommand.DisputeCommand;
import io.rectify.complaint.domain.ComplaintCommand.RemedyCommand;
import io.rectify.complaint.domain.Dispute.DisputeStatus;
import io.rectify.complaint.domain.RemedyState.RemedyStatus;
import io.rectify.contracts.complaint.Contested;
import io.rectify.eventsourcing.command.CommandRejectedException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * The complaint state machine, in one place: which command a status allows, and what else must
 * hold first. The commands are named as in the API ({@code POST /complaints/{id}/<name>}), in
 * the order of the process:
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

    private record Rule(Set<ComplaintStatus> from, Guard guard) {
    }

    /** A condition beyond the status: why the command cannot run, or empty when it can. */
    @FunctionalInterface
    private interface Guard extends Function<Complaint, Optional<String>> {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    /** Statuses in which the quality team handles the case with the customer. */
    private static final Set<ComplaintStatus> IN_HANDLING = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION, RESPONDED,
            MONITORING);
    /** A rejected complaint can be disputed too: that is what disputes are most often about. */
    private static final Set<ComplaintStatus> DISPUTABLE = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION, RESPONDED,
            MONITORING, REJECTED);
    /** What a dispute agreed may be followed up after the case closed. */
    private static final Set<ComplaintStatus> AFTER_DISPUTE = EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION,
            RESPONDED, MONITORING, REJECTED, CLOSED);

    static {
        RULES.put(ComplaintCommand.Acknowledge.NAME, new Rule(EnumSet.of(RECEIVED), always()));
        RULES.put(ComplaintCommand.Analyse.NAME, new Rule(EnumSet.of(ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION), always()));
        RULES.put(ComplaintCommand.RequestCorrectiveAction.NAME, new Rule(EnumSet.of(UNDER_ANALYSIS),
                complaint -> complaint.analysis() == null
                        ? Optional.of("record the analysis first: what happened, what it affects, what is contained")
                        : complaint.car().requested()
                        ? Optional.of("the case has its CAR already and follows it (" + complaint.car().describe() + ")")
                        : Optional.empty()));
        RULES.put(ComplaintCommand.Respond.NAME, new Rule(EnumSet.of(UNDER_ANALYSIS, CORRECTIVE_ACTION),
                complaint -> complaint.car().requested() && !complaint.car().rootCauseKnown()
                        ? Optional.of("the response waits for the CAR's root cause (" + complaint.car().describe() + ")")
                        : Optional.empty()));
        RULES.put(ComplaintCommand.RecordFollowUp.NAME, new Rule(EnumSet.of(RESPONDED, MONITORING), always()));
        RULES.put(ComplaintCommand.Close.NAME, new Rule(EnumSet.of(MONITORING),
                complaint -> !complaint.effectiveFollowUp()
                        ? Optional.of("closure needs a follow-up that found the action EFFECTIVE at the customer")
                        : complaint.disputeOpen()
                        ? Optional.of("the dispute on the case is still open (" + complaint.dispute().status() + ")")
                        : complaint.remedy().status() == RemedyStatus.PROPOSED
                        ? Optional.of("the customer has not answered the remedy offered")
                        : complaint.remedy().status() == RemedyStatus.ACCEPTED
                        ? Optional.of("the agreed remedy is not carried out yet; next: " + complaint.remedy().nextStep())
                        : Optional.empty()));
        RULES.put(ComplaintCommand.Reject.NAME, new Rule(EnumSet.of(RECEIVED, ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION),
                complaint -> complaint.disputeOpen() ? Optional.of("the dispute on the case is still open") : Optional.empty()));
        RULES.put(ComplaintCommand.Reopen.NAME, new Rule(EnumSet.of(CLOSED, REJECTED), always()));

        // the remedy: offered by the supplier, answered by the customer, then carried out
        RULES.put(RemedyCommand.ProposeRemedy.NAME, new Rule(IN_HANDLING,
                complaint -> complaint.disputeOpen()
                        ? Optional.of("the remedy is being settled in the dispute")
                        : complaint.remedy().status() == RemedyStatus.ACCEPTED || complaint.remedy().status() == RemedyStatus.FULFILLED
                        ? Optional.of("a remedy was agreed already (" + complaint.remedy().offer().describe() + ")")
                        : Optional.empty()));
        RULES.put(RemedyCommand.AcceptRemedy.NAME, new Rule(IN_HANDLING, remedyOffered()));
        RULES.put(RemedyCommand.RejectRemedy.NAME, new Rule(IN_HANDLING, remedyOffered()));
        RULES.put(RemedyCommand.RecordFulfilment.NAME, new Rule(IN_HANDLING,
                complaint -> complaint.remedy().status() == RemedyStatus.ACCEPTED
                        ? Optional.empty()
                        : Optional.of("there is no agreed remedy left to carry out (remedy " + complaint.remedy().status() + ")")));

        // disputes: opened by the customer, negotiated, settled in writing or mediated, then followed up
        RULES.put(DisputeCommand.OpenDispute.NAME, new Rule(DISPUTABLE,
                complaint -> complaint.disputeOpen()
                        ? Optional.of("dispute " + complaint.dispute().number() + " is still open")
                        : contestable(complaint).isEmpty()
                        ? Optional.of("there is nothing to contest yet: no rejection, response or remedy")
                        : Optional.empty()));
        RULES.put(DisputeCommand.SubmitEvidence.NAME, new Rule(DISPUTABLE, disputeIn(DisputeStatus.NEGOTIATION,
                DisputeStatus.AWAITING_SIGNATURES, DisputeStatus.IN_MEDIATION)));
        RULES.put(DisputeCommand.ProposeSettlement.NAME, new Rule(DISPUTABLE, unsignedAgreement()));
        RULES.put(DisputeCommand.AcceptProposal.NAME, new Rule(DISPUTABLE, proposalOnTheTable()));
        RULES.put(DisputeCommand.RejectProposal.NAME, new Rule(DISPUTABLE, proposalOnTheTable()));
        RULES.put(DisputeCommand.SignSettlement.NAME, new Rule(DISPUTABLE, disputeIn(DisputeStatus.AWAITING_SIGNATURES)));
        RULES.put(DisputeCommand.StartMediation.NAME, new Rule(DISPUTABLE,
                complaint -> {
                    Dispute dispute = complaint.dispute();
                    boolean negotiating = dispute != null && (dispute.status() == DisputeStatus.NEGOTIATION
                            || dispute.status() == DisputeStatus.AWAITING_SIGNATURES && dispute.signatures().isEmpty());
                    if (negotiating && dispute.negotiationFailed()
                            || dispute != null && dispute.status() == DisputeStatus.SETTLED && dispute.agreementBroken()) {
                        return Optional.empty();
                    }
                    return Optional.of("mediation follows a failed negotiation (a proposal turned down) or a settlement "
                            + "a follow-up found not honoured");
                }));
        RULES.put(DisputeCommand.ConcludeMediation.NAME, new Rule(DISPUTABLE, disputeIn(DisputeStatus.IN_MEDIATION)));
        RULES.put(DisputeCommand.WithdrawDispute.NAME, new Rule(DISPUTABLE, disputeIn(DisputeStatus.NEGOTIATION,
                DisputeStatus.AWAITING_SIGNATURES, DisputeStatus.IN_MEDIATION)));
        RULES.put(DisputeCommand.RecordDisputeFollowUp.NAME, new Rule(AFTER_DISPUTE, disputeIn(DisputeStatus.SETTLED,
                DisputeStatus.MEDIATED)));

        RULES.put(ComplaintCommand.RecordSatisfaction.NAME, new Rule(EnumSet.of(CLOSED),
                complaint -> complaint.survey() == null
                        ? Optional.of("no survey was sent for this case")
                        : complaint.survey().answered()
                        ? Optional.of("the survey was answered already; each survey takes one answer")
                        : Optional.empty()));
    }

    private ComplaintLifecycle() {
    }

    /** The commands the case accepts now, in the order of the process. */
    public static List<String> allowedCommands(Complaint complaint) {
        List<String> allowed = new ArrayList<>();
        RULES.forEach((name, rule) -> {
            if (rule.from().contains(complaint.status()) && rule.guard().apply(complaint).isEmpty()) {
                allowed.add(name);
            }
        });
        return allowed;
    }

    /** Refuses a command the case does not accept now (409), saying why and what is allowed instead. */
    public static void check(Complaint complaint, String command) {
        if (command.equals(ComplaintCommand.File.NAME)) {
            if (complaint.status() != NONE) {
                throw refuse(complaint, command, "The complaint was filed already");
            }
            return;
        }
        Rule rule = RULES.get(command);
        if (rule == null) {
            return; // internal commands (CAR progress, deadlines) are checked by the case itself
        }
        if (complaint.status() == NONE) {
            throw new IllegalStateException("no complaint case");
        }
        if (!rule.from().contains(complaint.status())) {
            throw refuse(complaint, command, "A case in status " + complaint.status() + " does not accept '" + command + "'");
        }
        rule.guard().apply(complaint).ifPresent(reason -> {
            throw refuse(complaint, command, "'" + command + "' is not possible yet: " + reason);
        });
    }

    /** Refuses a command the case does not take now (409), saying why and what is allowed instead. */
    static CommandRejectedException refuse(Complaint complaint, String command, String reason) {
        List<String> allowed = allowedCommands(complaint);
        return new CommandRejectedException(command, complaint.status().name(), allowed,
                reason + (allowed.isEmpty() ? "; the case takes no further commands" : "; allowed now: " + String.join(", ", allowed)));
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

    private static Guard remedyOffered() {
        return complaint -> complaint.remedy().status() == RemedyStatus.PROPOSED
                ? Optional.empty()
                : Optional.of("no remedy is waiting for the customer's answer (remedy " + complaint.remedy().status() + ")");
    }

    private static Guard disputeIn(DisputeStatus... statuses) {
        Set<DisputeStatus> allowed = EnumSet.copyOf(List.of(statuses));
        return complaint -> {
            Dispute dispute = complaint.dispute();
            if (dispute == null) {
                return Optional.of("the case has no dispute");
            }
            return allowed.contains(dispute.status()) ? Optional.empty()
                    : Optional.of("dispute " + dispute.number() + " is " + dispute.status() + ", this step needs it " + allowed);
        };
    }

    /** Proposals are made while negotiating; an accepted one nobody signed yet may still be replaced. */
    private static Guard unsignedAgreement() {
        Guard negotiating = disputeIn(DisputeStatus.NEGOTIATION, DisputeStatus.AWAITING_SIGNATURES);
        return complaint -> negotiating.apply(complaint).or(() -> complaint.dispute().signatures().isEmpty()
                ? Optional.empty()
                : Optional.of("a settlement signed by a party cannot be replaced"));
    }

    private static Guard proposalOnTheTable() {
        return complaint -> complaint.dispute() != null && complaint.dispute().status() == DisputeStatus.NEGOTIATION
                && complaint.dispute().openProposal().isPresent()
                ? Optional.empty()
                : Optional.of("no proposal is waiting for an answer");
    }

    private static Guard always() {
        return complaint -> Optional.empty();
    }
}
