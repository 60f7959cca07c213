package io.rectify.contracts.complaint;

/**
 * How a dispute ends, as a proposal, a settlement or a mediator's outcome: the written terms, the
 * remedy agreed (if any) and whether the case is analysed again.
 *
 * @param remedy     replaces the remedy on the case; {@code null} leaves it as it is
 * @param reanalysis the case returns to analysis (a rejected complaint is reopened, a contested response redone)
 */
public record Resolution(String terms, RemedyOffer remedy, boolean reanalysis) {
}
