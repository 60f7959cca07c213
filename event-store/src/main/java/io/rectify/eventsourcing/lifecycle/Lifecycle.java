package io.rectify.eventsourcing.lifecycle;

import io.rectify.eventsourcing.command.CommandRejectedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The state machine of one aggregate as one table: a {@link Rule} for every command type (the
 * statuses it is allowed from, a guard, how long it stays open) and the status each event leads
 * to. {@code decide} asks it whether a command may run, {@code evolve} which status an event
 * leads to, and read models which commands to offer.
 *
 * <p>The rules come from a function over an enum of command types, written as an exhaustive
 * {@code switch}: a command type without a rule does not compile. Statuses follow from events
 * (a status has to come back when the events are replayed), so the transitions are keyed by
 * event type; an event without one leaves the status as it is.
 *
 * @param <S>  the aggregate's state
 * @param <K>  its command types, in the order the process offers them
 * @param <E>  its events
 * @param <St> its statuses
 */
public final class Lifecycle<S, K extends Enum<K>, E, St extends Enum<St>> {

    private final Class<K> commands;
    private final Map<K, Rule<S, St>> rules;
    private final Function<S, St> statusOf;
    private final Map<Class<?>, BiFunction<S, E, St>> transitions;
    private final Refusal<S, K> outOfOrder;

    private Lifecycle(Builder<S, K, E, St> builder) {
        this.commands = builder.commands;
        Map<K, Rule<S, St>> table = new EnumMap<>(builder.commands);
        for (K command : builder.commands.getEnumConstants()) {
            table.put(command, builder.ruleOf.apply(command));
        }
        this.rules = Collections.unmodifiableMap(table);
        this.statusOf = builder.statusOf;
        this.transitions = Map.copyOf(builder.transitions);
        this.outOfOrder = builder.outOfOrder;
    }

    public static <S, K extends Enum<K>, E, St extends Enum<St>> Builder<S, K, E, St> of(
            Class<K> commands, Function<K, Rule<S, St>> ruleOf, Function<S, St> statusOf) {
        return new Builder<>(commands, ruleOf, statusOf);
    }

    public Rule<S, St> rule(K command) {
        return rules.get(command);
    }

    /** The commands users may send now, in the order of the process. */
    public List<K> allowed(S state, Instant now) {
        List<K> allowed = new ArrayList<>();
        rules.forEach((command, rule) -> {
            if (rule.offered() && refusal(state, command, now).isEmpty()) {
                allowed.add(command);
            }
        });
        return allowed;
    }

    /**
     * What a read model stores: the commands allowed now, each with the time it closes if it does.
     * A guard whose answer changes with time alone belongs in {@link Rule#openUntil}, so that a
     * stored offer can follow it.
     */
    public Offers offers(S state, Instant now) {
        return new Offers(allowed(state, now).stream()
                .map(command -> new Offers.Offer(command.name(), rules.get(command).until(state))).toList());
    }

    /** The stored offers still open at {@code now}. */
    public List<K> openAt(Offers offers, Instant now) {
        return offers.commands().stream().filter(offer -> offer.openAt(now)).map(offer -> Enum.valueOf(commands, offer.command())).toList();
    }

    /** Refuses (409) a command the state does not take now, saying why and what is allowed instead. */
    public void check(S state, K command, Instant now) {
        refusal(state, command, now).ifPresent(reason -> {
            throw refuse(state, command, now, reason);
        });
    }

    /** A refusal decided beyond the table (a full dispute, a step out of turn), with what is allowed instead. */
    public CommandRejectedException refuse(S state, K command, Instant now, String reason) {
        return new CommandRejectedException(command, statusOf.apply(state).name(), allowed(state, now), reason);
    }

    /** The status the state is in after {@code event}. */
    public St statusAfter(S state, E event) {
        BiFunction<S, E, St> transition = transitions.get(event.getClass());
        return transition == null ? statusOf.apply(state) : transition.apply(state, event);
    }

    private Optional<String> refusal(S state, K command, Instant now) {
        Rule<S, St> rule = rules.get(command);
        St status = statusOf.apply(state);
        if (!rule.from().contains(status)) {
            return Optional.of(outOfOrder.outOfOrder(state, command));
        }
        Instant until = rule.until(state);
        if (until != null && now.isAfter(until)) {
            return Optional.of(rule.expiry() + " on " + until);
        }
        return rule.guard().refusal(state, now).map(reason -> "is not possible yet: " + reason);
    }

    public static final class Builder<S, K extends Enum<K>, E, St extends Enum<St>> {
        private final Class<K> commands;
        private final Function<K, Rule<S, St>> ruleOf;
        private final Function<S, St> statusOf;
        private final Map<Class<?>, BiFunction<S, E, St>> transitions = new HashMap<>();
        private Refusal<S, K> outOfOrder;

        private Builder(Class<K> commands, Function<K, Rule<S, St>> ruleOf, Function<S, St> statusOf) {
            this.commands = commands;
            this.ruleOf = ruleOf;
            this.statusOf = statusOf;
            this.outOfOrder = (state, command) -> "is not accepted in status " + statusOf.apply(state);
        }

        /** {@code event} leads to {@code status}. */
        public Builder<S, K, E, St> on(Class<? extends E> event, St status) {
            return on(event, (state, e) -> status);
        }

        /** {@code event} leads to the status {@code transition} names from the state before it and the event. */
        @SuppressWarnings("unchecked")
        public <T extends E> Builder<S, K, E, St> on(Class<T> event, BiFunction<S, T, St> transition) {
            if (transitions.put(event, (state, e) -> transition.apply(state, (T) e)) != null) {
                throw new IllegalArgumentException("two transitions for " + event.getSimpleName());
            }
            return this;
        }

        /** What a refusal says when the status does not take the command; by default the status. */
        public Builder<S, K, E, St> outOfOrder(Refusal<S, K> refusal) {
            this.outOfOrder = refusal;
            return this;
        }

        public Lifecycle<S, K, E, St> build() {
            return new Lifecycle<>(this);
        }
    }
}
