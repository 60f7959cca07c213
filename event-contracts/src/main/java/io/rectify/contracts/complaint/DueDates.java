package io.rectify.contracts.complaint;

import java.time.Instant;

/**
 * The case's milestones. {@code containment} is only set where containment is owed before the
 * full analysis (CRITICAL complaints).
 */
public record DueDates(Instant acknowledgement, Instant containment, Instant response, Instant closure) {
}
