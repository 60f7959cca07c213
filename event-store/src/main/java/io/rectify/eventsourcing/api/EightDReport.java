package io.rectify.eventsourcing.api;

import io.rectify.contracts.common.Effectiveness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The 8D report as the supplier shared it with the customer: D1 to D8 as far as they were
 * recorded when it was shared. A step not reached yet is null or empty.
 */
@Schema(name = "EightDReport")
public record EightDReport(@Schema(example = "CAR-2026-000042") String carReference,
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
                           Instant closedAt,
                           @Schema(description = "When the supplier shared this report") Instant sharedAt) {

    /** D5 and D6: an action as planned, and when it was implemented (null while open). */
    @Schema(name = "EightDReportAction")
    public record Action(PlannedAction planned, Instant completedAt) {
    }

    /** Whether the actions took effect, against which criteria, over which window. */
    @Schema(name = "EightDReportVerification")
    public record Verification(Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil,
                               String observation, Instant verifiedAt) {
    }
}
