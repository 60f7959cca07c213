package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Suspect stock at one location and what is done with it.
 *
 * @param quantity pieces held, sorted or replaced
 * @param action   e.g. "quarantined and 100 % inspected", "replaced with lot L2026-12"
 */
public record ContainedStock(@PositiveOrZero int quantity, @NotBlank @Size(max = 2_000) String action) {
}
