package io.rectify.car.domain;

import io.rectify.contracts.EventTypes;
import io.rectify.contracts.Topics;
import io.rectify.contracts.car.CarEvent;
import io.rectify.eventsourcing.aggregate.AggregateType;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Tells the shared event store how CARs are stored, folded and published. */
@ApplicationScoped
public class CarAggregate implements AggregateType<Car, CarEvent> {

    public static final String STREAM_TYPE = "car";
    public static final EventTypes<CarEvent> EVENTS = CarEvent.TYPES;

    /**
     * A complaint has one CAR, whose id follows from the complaint's: a request that arrives twice,
     * or a second request after a failed follow-up, finds the CAR that is there.
     */
    public static UUID idForComplaint(UUID complaintId) {
        return UUID.nameUUIDFromBytes(("car-for-complaint/" + complaintId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public String topic() {
        return Topics.CARS;
    }

    @Override
    public EventTypes<CarEvent> eventTypes() {
        return EVENTS;
    }

    @Override
    public Car initialState(UUID id) {
        return Car.none(id);
    }

    @Override
    public Car evolve(Car state, CarEvent event) {
        return state.evolve(event);
    }

    /** The complaint's id when the CAR serves one (so the case's events share its partition), else its own. */
    @Override
    public UUID caseId(UUID streamId, Car state) {
        return state.caseId();
    }
}
