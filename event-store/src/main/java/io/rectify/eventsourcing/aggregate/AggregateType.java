package io.rectify.eventsourcing.aggregate;

import io.rectify.contracts.EventTypes;

import java.util.UUID;

/**
 * What the shared machinery needs to know about one kind of aggregate: how its stream is named,
 * where its events are published, and how its state is folded from its events. The decisions
 * themselves stay in the aggregate's own plain-Java code.
 *
 * @param <S> the aggregate's state
 * @param <E> the root of its sealed event hierarchy
 */
public interface AggregateType<S, E> {

    /** The stream type stored with each event, e.g. {@code complaint}. */
    String streamType();

    /** The Kafka topic the events go to. */
    String topic();

    EventTypes<E> eventTypes();

    /** The state of an aggregate that has no events yet. */
    S initialState(UUID id);

    /** The state after one more event. Pure: no I/O, no clock. */
    S evolve(S state, E event);

    /** The case an aggregate belongs to: the Kafka record key of its events. */
    UUID caseId(UUID streamId, S state);
}
