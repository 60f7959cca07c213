package io.rectify.complaint.rest.api;

import io.rectify.contracts.complaint.Phase;

import java.time.Instant;

/** When and under which conditions the failure showed up at the customer. */
public record Occurrence(String conditions, Instant occurredAt, Phase phase) {
}
