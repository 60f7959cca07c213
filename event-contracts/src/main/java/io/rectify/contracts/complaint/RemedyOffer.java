package io.rectify.contracts.complaint;

import io.rectify.contracts.common.Money;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The remedy the supplier offers or a settlement agrees. Which fields a type needs: RETURN an RMA
 * number and the quantity to send back; REPAIR and REPLACEMENT the quantity; CREDIT the amount;
 * NONE a justification why nothing is owed.
 */
public record RemedyOffer(Remedy type,
                          String rmaNumber,
                          Integer quantity,
                          Money credit,
                          String justification) {

    /** What is missing for this type, as field name and message; empty when the offer is complete. */
    public Map<String, String> missing() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (type == null) {
            return missing;
        }
        switch (type) {
            case RETURN -> {
                if (rmaNumber == null || rmaNumber.isBlank()) {
                    missing.put("rmaNumber", "a return needs the RMA number the goods travel under");
                }
                if (quantity == null) {
                    missing.put("quantity", "a return needs the quantity to send back");
                }
            }
            case REPAIR, REPLACEMENT -> {
                if (quantity == null) {
                    missing.put("quantity", "a " + type.name().toLowerCase() + " needs the quantity it covers");
                }
            }
            case CREDIT -> {
                if (credit == null) {
                    missing.put("credit", "a credit needs its amount and currency");
                }
            }
            case NONE -> {
                if (justification == null || justification.isBlank()) {
                    missing.put("justification", "no remedy needs a written justification");
                }
            }
        }
        return missing;
    }

    /** One line for people: "CREDIT 1250.00 EUR", "RETURN of 40 pcs under RMA-7781". */
    public String describe() {
        return switch (type) {
            case RETURN -> "RETURN of " + quantity + " pcs under " + rmaNumber;
            case REPAIR -> "REPAIR of " + quantity + " pcs";
            case REPLACEMENT -> "REPLACEMENT of " + quantity + " pcs";
            case CREDIT -> "CREDIT " + credit;
            case NONE -> "NONE: " + justification;
        };
    }
}
