package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.RemedyOffer;

import java.util.ArrayList;
import java.util.List;

/**
 * The remedy on a case: what was offered, whether the customer accepted it (or a settlement or a
 * mediator agreed it), and how far it has been carried out.
 *
 * @param agreedThrough CUSTOMER (accepted the offer), SETTLEMENT or MEDIATION; null until agreed
 */
public record RemedyState(RemedyOffer offer, RemedyStatus status, String agreedThrough, String rejectionReason,
                          List<ComplaintEvent.RemedyFulfilmentRecorded> fulfilment) {

    public enum RemedyStatus {
        NONE, PROPOSED, ACCEPTED, REJECTED, FULFILLED
    }

    public static final RemedyState NONE = new RemedyState(null, RemedyStatus.NONE, null, null, List.of());

    public RemedyState {
        fulfilment = List.copyOf(fulfilment);
    }

    /** The step to record next, or null when nothing is left to carry out. */
    public FulfilmentStep nextStep() {
        if (status != RemedyStatus.ACCEPTED) {
            return null;
        }
        List<FulfilmentStep> steps = FulfilmentStep.of(offer.type());
        return fulfilment.size() < steps.size() ? steps.get(fulfilment.size()) : null;
    }

    /** Folds an event of the remedy into it. */
    RemedyState evolve(ComplaintEvent.RemedyEvent event) {
        return switch (event) {
            case ComplaintEvent.RemedyProposed proposed -> proposed(proposed.remedy());
            case ComplaintEvent.RemedyAccepted accepted -> accepted();
            case ComplaintEvent.RemedyRejected rejected -> rejected(rejected.reason());
            case ComplaintEvent.RemedyFulfilmentRecorded step -> recorded(step);
        };
    }

    private RemedyState proposed(RemedyOffer remedy) {
        return new RemedyState(remedy, RemedyStatus.PROPOSED, null, null, List.of());
    }

    private RemedyState accepted() {
        return agreed(offer, "CUSTOMER");
    }

    private RemedyState rejected(String reason) {
        return new RemedyState(offer, RemedyStatus.REJECTED, null, reason, List.of());
    }

    /** A remedy of NONE has nothing to carry out: agreeing to it fulfils it. */
    RemedyState agreed(RemedyOffer remedy, String through) {
        return new RemedyState(remedy, remedy.type() == Remedy.NONE ? RemedyStatus.FULFILLED : RemedyStatus.ACCEPTED, through,
                null, List.of());
    }

    private RemedyState recorded(ComplaintEvent.RemedyFulfilmentRecorded step) {
        List<ComplaintEvent.RemedyFulfilmentRecorded> all = new ArrayList<>(fulfilment);
        all.add(step);
        return new RemedyState(offer, step.fulfilled() ? RemedyStatus.FULFILLED : status, agreedThrough, rejectionReason, all);
    }
}
