package io.rectify.eventsourcing.projection;

import io.rectify.eventsourcing.store.RecordedEvent;

import java.util.List;

/**
 * One stream as a rebuild replayed it: each event as stored, decoded, and the state right after
 * it, in version order.
 */
public record Replayed<S, E>(List<RecordedEvent> recorded, List<E> events, List<S> states) {

    /** The state all its events fold to. */
    public S state() {
        return states.get(states.size() - 1);
    }

    /** Its last event as stored: the version and time the read model shows. */
    public RecordedEvent last() {
        return recorded.get(recorded.size() - 1);
    }
}
