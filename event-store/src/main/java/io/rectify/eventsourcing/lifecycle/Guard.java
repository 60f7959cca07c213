package io.rectify.eventsourcing.lifecycle;

import java.time.Instant;
import java.util.Optional;

/** A condition beyond the status: why a command cannot run on {@code state} at {@code now}, or empty when it can. */
@FunctionalInterface
public interface Guard<S> {

    Optional<String> refusal(S state, Instant now);

    static <S> Guard<S> none() {
        return (state, now) -> Optional.empty();
    }

    /** This guard, then {@code next} when this one lets the command through. */
    default Guard<S> and(Guard<S> next) {
        return (state, now) -> refusal(state, now).or(() -> next.refusal(state, now));
    }
}
