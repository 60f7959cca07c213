package io.rectify.car.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.eventsourcing.metrics.BusinessMeters;
import jakarta.enterprise.context.ApplicationScoped;

/** The CAR side's business counters: CARs opened, verifications by result, CARs closed, actions overdue. */
@ApplicationScoped
public class CarMeters implements BusinessMeters {

    @Override
    public void initialise(MeterRegistry registry) {
        registry.counter("rectify.cars.opened");
        registry.counter("rectify.cars.closed");
        for (Effectiveness result : Effectiveness.values()) {
            registry.counter("rectify.car.verifications", "result", result.name());
        }
        registry.counter("rectify.deadlines.missed", "milestone", "CAR_ACTION");
    }

    @Override
    public void committed(Object event, MeterRegistry registry) {
        switch (event) {
            case CarEvent.Opened ignored -> registry.counter("rectify.cars.opened").increment();
            case CarEvent.Verified verified -> registry.counter("rectify.car.verifications",
                    "result", verified.result().name()).increment();
            case CarEvent.Closed ignored -> registry.counter("rectify.cars.closed").increment();
            case CarEvent.ActionOverdue ignored -> registry.counter("rectify.deadlines.missed",
                    "milestone", "CAR_ACTION").increment();
            default -> {
            }
        }
    }
}
