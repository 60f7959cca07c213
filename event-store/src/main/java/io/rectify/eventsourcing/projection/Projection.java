package io.rectify.eventsourcing.projection;

import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

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

    /** Removes what it has written for these streams, before they are replayed. */
    Uni<Void> forget(List<UUID> streamIds);

    /** Applies one event, given the aggregate's state right after it. */
    Uni<Void> apply(E event, S stateAfter, RecordedEvent recorded);

    /**
     * Writes what {@link #apply} would have left after every event of these streams, just
     * forgotten; a rebuild calls it once per batch of streams, so that a batch can be written in a
     * few statements (see {@link ViewTable}) rather than one or two per event.
     */
    Uni<Void> restore(List<Replayed<S, E>> streams);
}
