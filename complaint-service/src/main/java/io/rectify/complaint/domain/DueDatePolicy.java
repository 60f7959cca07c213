package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.Severity;

import java.time.Duration;
import java.time.Instant;

/**
 * The milestones of a case from the moment it was received. Defaults follow common automotive
 * supplier practice: acknowledge within 24 hours; for CRITICAL complaints containment within 24
 * hours too; the response (8D up to D5) within 10 days; closure within 60 days.
 */
public record DueDatePolicy(Duration acknowledgement, Duration criticalContainment, Duration response, Duration closure) {

    public static final DueDatePolicy DEFAULT = new DueDatePolicy(
            Duration.ofHours(24), Duration.ofHours(24), Duration.ofDays(10), Duration.ofDays(60));

    public DueDates dueDatesFor(Severity severity, Instant receivedAt) {
        return new DueDates(
                receivedAt.plus(acknowledgement),
                severity == Severity.CRITICAL ? receivedAt.plus(criticalContainment) : null,
                receivedAt.plus(response),
                receivedAt.plus(closure));
    }
}
