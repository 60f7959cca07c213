package io.rectify.contracts.complaint;

import java.time.Instant;

/** When and under which conditions the failure showed up at the customer. */
public record Occurrence(String conditions, Instant occurredAt, Phase phase) {
}
