package io.rectify.eventsourcing.testapp;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;

import java.util.UUID;

/** The events of the tests' own aggregate: a counter that is opened and then counts. */
public sealed interface CounterEvent {

    EventTypes<CounterEvent> TYPES = EventTypes.of(CounterEvent.class);

    @EventType("io.rectify.counter.opened.v1")
    record Opened(UUID counterId) implements CounterEvent {
    }

    @EventType("io.rectify.counter.counted.v1")
    record Counted(UUID counterId, int by) implements CounterEvent {
    }
}
