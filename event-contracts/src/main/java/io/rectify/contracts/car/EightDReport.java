package io.rectify.contracts.car;

import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 8D report as the supplier shared it with the customer: a snapshot of the CAR at that moment,
 * D1 to D8 as far as they were recorded. Steps not yet reached are null or empty; evidence and
 * the emergency response stay internal.
 *
 * @param carReference       the CAR's reference, e.g. CAR-2026-000042
 * @param complaintReference the customer's complaint the CAR answers
 * @param verification       the last effectiveness verification; null until verified
 * @param closedAt           when the 8D was closed (D8); null while it is open
 */
public record EightDReport(String carReference,
                           String complaintReference,
                           Product product,
                           TeamMember leader,
                           List<TeamMember> members,
                           ProblemDescription problem,
                           Containment containment,
                           String containmentVerification,
                           RootCause occurrence,
                           RootCause escape,
                           String rootCauseVerification,
                           List<Action> actions,
                           Prevention prevention,
                           Verification verification,
                           String lessonsLearned,
                           Instant closedAt) {

    /** D5 and D6: an action as planned, and when it was implemented (null while open). */
    public record Action(PlannedAction planned, Instant completedAt) {
    }

    /** Whether the actions took effect, against which criteria, over which window. */
    public record Verification(Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil,
                               String observation, Instant verifiedAt) {
    }
}
