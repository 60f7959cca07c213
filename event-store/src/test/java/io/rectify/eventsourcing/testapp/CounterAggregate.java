package io.rectify.eventsourcing.testapp;

import io.rectify.contracts.EventTypes;
import io.rectify.eventsourcing.aggregate.AggregateType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CounterAggregate implements AggregateType<Counter, CounterEvent> {

    public static final String STREAM_TYPE = "counter";
    public static final String TOPIC = "counters.events";

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public EventTypes<CounterEvent> eventTypes() {
        return CounterEvent.TYPES;
    }

    @Override
    public Counter initialState(UUID id) {
        return Counter.none(id);
    }

    @Override
    public Counter evolve(Counter state, CounterEvent event) {
        return state.evolve(event);
    }

    @Override
    public UUID caseId(UUID streamId, Counter state) {
        return streamId;
    }
}
