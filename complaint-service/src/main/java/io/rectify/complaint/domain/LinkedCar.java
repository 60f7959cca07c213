package io.rectify.complaint.domain;

import io.rectify.contracts.complaint.CarProgress;

import java.time.Instant;
import java.util.UUID;

/**
 * The corrective action request a case asked for, as far as the case follows it: whether it was
 * requested and opened, how far its 8D got, and the root cause once it is known.
 */
public record LinkedCar(Instant requestedAt, UUID carId, String reference, CarProgress progress, boolean rootCauseKnown,
                        String rootCause) {

    public static final LinkedCar NONE = new LinkedCar(null, null, null, null, false, null);

    public boolean requested() {
        return requestedAt != null;
    }

    public boolean linked() {
        return carId != null;
    }

    LinkedCar requestedAt(Instant at) {
        return new LinkedCar(at, carId, reference, progress, rootCauseKnown, rootCause);
    }

    LinkedCar linkedTo(UUID id, String carReference) {
        return new LinkedCar(requestedAt, id, carReference, progress, rootCauseKnown, rootCause);
    }

    LinkedCar progressed(CarProgress step, String summary) {
        return switch (step) {
            case ROOT_CAUSE_DETERMINED -> new LinkedCar(requestedAt, carId, reference, step, true, summary);
            case REOPENED -> new LinkedCar(requestedAt, carId, reference, step, false, rootCause);
            default -> new LinkedCar(requestedAt, carId, reference, step, rootCauseKnown, rootCause);
        };
    }

    LinkedCar rootCauseQuestioned() {
        return new LinkedCar(requestedAt, carId, reference, progress, false, rootCause);
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
