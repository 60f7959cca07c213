package io.rectify.complaint.rest.api;

import io.rectify.contracts.complaint.Remedy;
import io.rectify.eventsourcing.api.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The remedy the supplier offers or a settlement agrees. Which fields a type needs: RETURN an RMA
 * number and the quantity to send back; REPAIR and REPLACEMENT the quantity; CREDIT the amount;
 * NONE a justification why nothing is owed.
 */
public record RemedyOffer(@NotNull Remedy type,
                          @Size(max = 50) String rmaNumber,
                          @Positive Integer quantity,
                          @Valid Money credit,
                          @Size(max = 4_000) String justification) {

    /** One line for people: "CREDIT 1250.00 EUR", "RETURN of 40 pcs under RMA-7781". */
    public String describe() {
        return ComplaintApi.toContract(this).describe();
    }
}
