package io.rectify.complaint.domain;

import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.CauseCategories;
import io.rectify.contracts.complaint.ComplaintEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * The corrective action request a case asked for, as far as the case follows it: whether it was
 * requested and opened, how far its 8D got, and the root cause once it is known.
 *
 * @param causes            the categories of the last root causes determined; kept when the CAR is reopened
 * @param firstVerification what the CAR's first verification found; null until it was verified
 */
public record LinkedCar(Instant requestedAt, UUID carId, String reference, CarProgress progress, boolean rootCauseKnown,
                        String rootCause, CauseCategories causes, Effectiveness firstVerification) {

    public static final LinkedCar NONE = new LinkedCar(null, null, null, null, false, null, null, null);

    public boolean requested() {
        return requestedAt != null;
    }

    public boolean linked() {
        return carId != null;
    }

    LinkedCar requestedAt(Instant at) {
        return new LinkedCar(at, carId, reference, progress, rootCauseKnown, rootCause, causes, firstVerification);
    }

    LinkedCar linkedTo(UUID id, String carReference) {
        return new LinkedCar(requestedAt, id, carReference, progress, rootCauseKnown, rootCause, causes, firstVerification);
    }

    LinkedCar progressed(ComplaintEvent.CorrectiveActionProgressed step) {
        CarProgress reached = step.progress();
        Effectiveness verified = switch (reached) {
            case VERIFIED_EFFECTIVE -> Effectiveness.EFFECTIVE;
            case VERIFIED_NOT_EFFECTIVE -> Effectiveness.NOT_EFFECTIVE;
            default -> null;
        };
        Effectiveness first = firstVerification != null ? firstVerification : verified;
        return switch (reached) {
            case ROOT_CAUSE_DETERMINED -> new LinkedCar(requestedAt, carId, reference, reached, true, step.summary(),
                    step.causes() != null ? step.causes() : causes, first);
            case REOPENED -> new LinkedCar(requestedAt, carId, reference, reached, false, rootCause, causes, first);
            default -> new LinkedCar(requestedAt, carId, reference, reached, rootCauseKnown, rootCause, causes, first);
        };
    }

    LinkedCar rootCauseQuestioned() {
        return new LinkedCar(requestedAt, carId, reference, progress, false, rootCause, causes, firstVerification);
    }

    /** A short account for messages: "CAR-2026-000004 at ACTIONS_PLANNED". */
    public String describe() {
        if (!requested()) {
            return "no CAR requested";
        }
        if (!linked()) {
            return "the CAR is requested but car-service has not opened it yet";
        }
        return reference + (progress == null ? " opened" : " at " + progress);
    }
}
