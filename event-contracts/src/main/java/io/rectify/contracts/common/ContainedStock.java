package io.rectify.contracts.common;

/**
 * Suspect stock at one location and what is done with it.
 *
 * @param quantity pieces held, sorted or replaced
 * @param action   e.g. "quarantined and 100 % inspected", "replaced with lot L2026-12"
 */
public record ContainedStock(int quantity, String action) {
}
