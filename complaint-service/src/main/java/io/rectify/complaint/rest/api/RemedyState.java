package io.rectify.complaint.rest.api;

import io.rectify.complaint.domain.RemedyState.RemedyStatus;
import io.rectify.contracts.complaint.FulfilmentStep;

import java.time.Instant;
import java.util.List;

/**
 * The remedy on a case: what was offered, whether it was agreed (by the customer, a settlement or
 * a mediator), and how far it has been carried out.
 *
 * @param agreedThrough CUSTOMER, SETTLEMENT or MEDIATION; null until agreed
 */
public record RemedyState(RemedyOffer offer, RemedyStatus status, String agreedThrough, String rejectionReason,
                          List<Fulfilment> fulfilment) {

    /** One step of carrying the remedy out; {@code fulfilled} on the step that completes it. */
    public record Fulfilment(FulfilmentStep step, Integer quantity, String documentReference, String note, boolean fulfilled,
                             Instant recordedAt) {
    }
}
