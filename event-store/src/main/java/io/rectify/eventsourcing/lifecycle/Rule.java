package io.rectify.eventsourcing.lifecycle;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * When one command type is allowed: the statuses it is allowed from, a guard on the rest of the
 * state, and, for a command allowed only until some time (a survey link), that time.
 *
 * @param openUntil when the command stops being allowed, from the state; null when it never does
 * @param expiry    what a refusal after {@code openUntil} says, followed by the time
 * @param offered   whether users are offered it ({@code allowedCommands}); internal commands
 *                  (another service's event, a watch) are checked but not offered
 */
public record Rule<S, St extends Enum<St>>(Set<St> from, Guard<S> guard, Function<S, Instant> openUntil, String expiry,
                                           boolean offered) {

    public Rule {
        from = Collections.unmodifiableSet(EnumSet.copyOf(from)); // in the order of the statuses
        Objects.requireNonNull(guard);
    }

    @SafeVarargs
    public static <S, St extends Enum<St>> Rule<S, St> from(St first, St... more) {
        return new Rule<>(EnumSet.of(first, more), Guard.none(), null, null, true);
    }

    public static <S, St extends Enum<St>> Rule<S, St> from(Set<St> statuses) {
        return new Rule<>(statuses, Guard.none(), null, null, true);
    }

    public Rule<S, St> when(Guard<S> condition) {
        return new Rule<>(from, guard.and(condition), openUntil, expiry, offered);
    }

    public Rule<S, St> openUntil(Function<S, Instant> until, String refusal) {
        return new Rule<>(from, guard, until, refusal, offered);
    }

    /** Checked like any other, but never offered to users. */
    public Rule<S, St> internal() {
        return new Rule<>(from, guard, openUntil, expiry, false);
    }

    Instant until(S state) {
        return openUntil == null ? null : openUntil.apply(state);
    }
}
