package io.rectify.complaint.rest.api;

/**
 * How a dispute ends, as a proposal, a settlement or a mediator's outcome: the written terms, the
 * remedy agreed (if any) and whether the case is analysed again.
 */
public record Resolution(String terms, RemedyOffer remedy, boolean reanalysis) {
}
