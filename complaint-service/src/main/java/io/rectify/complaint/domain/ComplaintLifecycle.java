package io.rectify.complaint.domain;

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
 */
public final class ComplaintLifecycle {

    /** A condition beyond the status; answers why the command cannot run, or empty when it can. */
    private record Rule(Set<ComplaintStatus> from, Function<Complaint, Optional<String>> guard) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

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
                complaint -> complaint.effectiveFollowUp()
                        ? Optional.empty()
                        : Optional.of("closure needs a follow-up that found the action EFFECTIVE at the customer")));
        RULES.put(ComplaintCommand.Reject.NAME, new Rule(EnumSet.of(RECEIVED, ACKNOWLEDGED, UNDER_ANALYSIS, CORRECTIVE_ACTION), always()));
        RULES.put(ComplaintCommand.Reopen.NAME, new Rule(EnumSet.of(CLOSED, REJECTED), always()));
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
                throw rejected(complaint, command, "The complaint was filed already");
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
            throw rejected(complaint, command, "A case in status " + complaint.status() + " does not accept '" + command + "'");
        }
        rule.guard().apply(complaint).ifPresent(reason -> {
            throw rejected(complaint, command, "'" + command + "' is not possible yet: " + reason);
        });
    }

    private static CommandRejectedException rejected(Complaint complaint, String command, String reason) {
        List<String> allowed = allowedCommands(complaint);
        return new CommandRejectedException(command, complaint.status().name(), allowed,
                reason + (allowed.isEmpty() ? "; the case takes no further commands" : "; allowed now: " + String.join(", ", allowed)));
    }

    private static Function<Complaint, Optional<String>> always() {
        return complaint -> Optional.empty();
    }
}
