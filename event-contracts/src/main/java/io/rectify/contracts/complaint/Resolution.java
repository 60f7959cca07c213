package io.rectify.contracts.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How a dispute ends, as a proposal, a settlement or a mediator's outcome: the written terms, the
 * remedy agreed (if any) and whether the case is analysed again.
 *
 * @param remedy     replaces the remedy on the case; {@code null} leaves it as it is
 * @param reanalysis the case returns to analysis (a rejected complaint is reopened, a contested response redone)
 */
public record Resolution(@NotBlank @Size(max = 10_000) String terms, @Valid RemedyOffer remedy, boolean reanalysis) {
}
