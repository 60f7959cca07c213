package io.rectify.eventsourcing.projection;

import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;

/**
 * A read model kept from the events of one aggregate type. It is applied in the transaction that
 * appends each event, so reads see a command's effect as soon as it answers; and it can be thrown
 * away and rebuilt by replaying the store, with the same result.
 *
 * @param <S> the aggregate's state
 * @param <E> the aggregate's events
 */
public interface Projection<S, E> {

    /** The name the admin endpoint knows it by, e.g. {@code complaint-view}. */
    String name();

    /** The stream type whose events it follows. */
    String streamType();

    /** Removes everything it has written, before a replay. */
    Uni<Void> reset();

    /** Applies one event, given the aggregate's state right after it. */
    Uni<Void> apply(E event, S stateAfter, RecordedEvent recorded);
}
