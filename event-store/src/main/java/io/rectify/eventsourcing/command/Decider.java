package io.rectify.eventsourcing.command;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * Decides the events a command produces from the current state. Usually a call of the aggregate's
 * pure {@code decide}; asynchronous so that it can use the transaction (a reference number, an
 * idempotency key) before deciding. Throwing rejects the command and appends nothing.
 */
@FunctionalInterface
public interface Decider<S, E> {

    Uni<List<E>> decide(S state, long version);

    static <S, E> Decider<S, E> pure(java.util.function.Function<S, List<E>> decide) {
        return (state, version) -> Uni.createFrom().item(() -> decide.apply(state));
    }
}
