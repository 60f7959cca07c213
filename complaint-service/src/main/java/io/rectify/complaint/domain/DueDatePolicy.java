package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.DueDates;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a case may take to reach each milestone, counted from receipt. {@code containment} is
 * null where containment is not owed ahead of the analysis (by default: all but CRITICAL).
 */
public record DueDatePolicy(Duration acknowledgement, Duration containment, Duration response, Duration closure) {

    public DueDates dueDatesFor(Instant receivedAt) {
        return new DueDates(
                receivedAt.plus(acknowledgement),
                containment == null ? null : receivedAt.plus(containment),
                receivedAt.plus(response),
                receivedAt.plus(closure));
    }
}
