package io.rectify.car.rest.api;

import io.rectify.car.domain.CarCommand;
import io.rectify.eventsourcing.api.ApiValues;

import java.time.Instant;

/**
 * car-service's own API records to the commands they ask for; the 8D's values are mapped by the
 * shared {@link io.rectify.eventsourcing.api.EightDValues}.
 */
public final class CarApi {

    private CarApi() {
    }

    /** The opening a CAR form asks for, with the reference the service gave it. */
    public static CarCommand.Open toCommand(CarForm form, String reference, Instant at) {
        return new CarCommand.Open(reference, null, null, form.source(), form.problemStatement(),
                ApiValues.toContract(form.customer()), ApiValues.toContract(form.product()), form.lotNumber(), form.severity(),
                ApiValues.toContract(form.containment()), at);
    }
}
