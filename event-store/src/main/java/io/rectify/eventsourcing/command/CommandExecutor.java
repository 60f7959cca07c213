package io.rectify.eventsourcing.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.metrics.CommittedEventMeters;
import io.rectify.eventsourcing.outbox.OutboxRelay;
import io.rectify.eventsourcing.projection.Projections;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.NewEvent;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.rectify.eventsourcing.store.StreamConflictException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a command against an event-sourced aggregate: in one transaction it reads the stream,
 * folds the state, lets the aggregate decide, appends the events with their outbox entries and
 * updates the read models. After the commit it wakes the outbox relay.
 *
 * <p>Concurrency is per stream: commands on different cases never wait for each other. Within an
 * instance, the requests on one stream take turns ({@link StreamTurns}), so concurrent parties of
 * one case are served in order. Between instances it is optimistic: the loser of a race rolls
 * back; with an {@code If-Match} it fails as stale (412), without one it is decided again on the
 * new state.
 */
@ApplicationScoped
public class CommandExecutor {

    private static final int MAX_ATTEMPTS = 10;

    private final EventStore store;
    private final EventSerializer serializer;
    private final Projections projections;
    private final OutboxRelay relay;
    private final Clock clock;
    private final StreamTurns turns;
    private final long maxEventBytes;
    private final int maxEventsPerStream;
    private final CommittedEventMeters meters;

    public CommandExecutor(EventStore store, EventSerializer serializer, Projections projections, OutboxRelay relay, Clock clock,
                           StreamTurns turns, EventLimits limits, CommittedEventMeters meters) {
        this.turns = turns;
        this.meters = meters;
        this.maxEventBytes = limits.maxBytes().asLongValue();
        this.maxEventsPerStream = limits.maxPerStream();
        this.store = store;
        this.serializer = serializer;
        this.projections = projections;
        this.relay = relay;
        this.clock = clock;
    }

    /** Creates a new aggregate; the decider sees the initial state. */
    public <S, E> Uni<CommandResult<S>> create(AggregateType<S, E> type, UUID id, EventMetadata metadata, Decider<S, E> decider) {
        return execute(type, id, ExpectedVersion.noStream(), metadata, decider);
    }

    /**
     * Creates an aggregate unless it exists already, in which case nothing is appended: what a
     * consumer needs, whose redelivered or repeated work must change nothing. Joins the
     * consumer's transaction.
     */
    public <S, E> Uni<CommandResult<S>> createIfAbsent(AggregateType<S, E> type, UUID id, EventMetadata metadata,
                                                       Decider<S, E> decider) {
        return Panache.withTransaction(() -> load(type, id).chain(loaded -> loaded.exists()
                        ? Uni.createFrom().item(new Appended<>(new CommandResult<>(id, loaded.state(), loaded.version(), List.of()), List.<E>of()))
                        : decider.decide(loaded.state(), loaded.version()).chain(events -> append(type, id, loaded, events, metadata))))
                .map(appended -> committed(type, appended));
    }

    /** What a command appended, typed, until its transaction has committed. */
    private record Appended<S, E>(CommandResult<S> result, List<E> events) {
    }

    /** After the commit: the relay publishes the new events, the meters count them. */
    private <S, E> CommandResult<S> committed(AggregateType<S, E> type, Appended<S, E> appended) {
        if (!appended.events().isEmpty()) {
            relay.wakeUp();
            meters.committed(type, appended.events());
        }
        return appended.result();
    }

    /** Runs a command on an existing aggregate; 404 when it has no events. */
    public <S, E> Uni<CommandResult<S>> execute(AggregateType<S, E> type, UUID id, ExpectedVersion expected,
                                                EventMetadata metadata, Decider<S, E> decider) {
        Uni<Appended<S, E>> attempt = Uni.createFrom().deferred(
                () -> Panache.withTransaction(() -> decideAndAppend(type, id, expected, metadata, decider)));
        if (expected.retryOnConflict()) {
            // the competing writer (another instance) has committed by the time we learn of it:
            // decide again right away
            attempt = attempt.onFailure(StreamConflictException.class).retry().atMost(MAX_ATTEMPTS - 1);
        }
        if (expected.ownsTransaction()) {
            Uni<Appended<S, E>> alone = attempt;
            attempt = turns.inTurn(id, () -> alone);
        }
        return attempt
                .onFailure(StreamConflictException.class).transform(conflict -> conflictAnswer(type, expected, (StreamConflictException) conflict))
                .map(appended -> committed(type, appended));
    }

    /** Loads the aggregate's current state and version, within the caller's session. */
    public <S, E> Uni<Loaded<S>> load(AggregateType<S, E> type, UUID id) {
        return load(type, id, null);
    }

    /**
     * Loads the aggregate as its events up to {@code asOf} (inclusive) left it; null for all of
     * them. Before its first event it does not exist ({@link Loaded#exists()} is false).
     */
    public <S, E> Uni<Loaded<S>> load(AggregateType<S, E> type, UUID id, Instant asOf) {
        return store.readStream(id).map(events -> {
            S state = type.initialState(id);
            long version = 0;
            Instant updatedAt = null;
            for (RecordedEvent recorded : events) {
                if (asOf != null && recorded.occurredAt().isAfter(asOf)) {
                    break;
                }
                state = type.evolve(state, serializer.deserialize(type.eventTypes(), recorded.type(), recorded.data()));
                version = recorded.version();
                updatedAt = recorded.occurredAt();
            }
            return new Loaded<>(state, version, updatedAt);
        });
    }

    /** An aggregate as its events left it; {@code updatedAt} is the time of the last event. */
    public record Loaded<S>(S state, long version, Instant updatedAt) {
        public boolean exists() {
            return version > 0;
        }
    }

    private <S, E> Uni<Appended<S, E>> decideAndAppend(AggregateType<S, E> type, UUID id, ExpectedVersion expected,
                                                         EventMetadata metadata, Decider<S, E> decider) {
        // a creation needs no read: if the stream exists after all, appending version 1 fails on
        // the store's unique (stream, version) and the creation answers "already exists"
        Uni<Loaded<S>> current = expected.kind() == ExpectedVersion.Kind.NO_STREAM
                ? Uni.createFrom().item(new Loaded<>(type.initialState(id), 0, null))
                : load(type, id);
        return current.chain(loaded -> {
            switch (expected.kind()) {
                case NO_STREAM -> {
                    if (loaded.exists()) {
                        throw new AggregateAlreadyExistsException(type.streamType(), id);
                    }
                }
                case EXACTLY -> {
                    if (!loaded.exists()) {
                        throw new AggregateNotFoundException(type.streamType(), id);
                    }
                    if (loaded.version() != expected.version()) {
                        throw new StaleVersionException(id, expected.version(), loaded.version());
                    }
                }
                case ANY, LATEST -> {
                    if (!loaded.exists()) {
                        throw new AggregateNotFoundException(type.streamType(), id);
                    }
                }
            }
            return decider.decide(loaded.state(), loaded.version())
                    .chain(events -> append(type, id, loaded, events, metadata));
        });
    }

    private <S, E> Uni<Appended<S, E>> append(AggregateType<S, E> type, UUID id, Loaded<S> loaded, List<E> events,
                                                EventMetadata metadata) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(new Appended<>(new CommandResult<>(id, loaded.state(), loaded.version(), List.of()), events));
        }
        if (loaded.version() + events.size() > maxEventsPerStream) {
            throw new StreamFullException(id, loaded.version(), maxEventsPerStream);
        }
        List<S> states = new ArrayList<>(events.size());
        List<NewEvent> serialized = new ArrayList<>(events.size());
        S state = loaded.state();
        for (E event : events) {
            state = type.evolve(state, event);
            states.add(state);
            serialized.add(fitting(serializer.serialize(type.eventTypes(), event)));
        }
        S finalState = state;
        Instant now = clock.instant();
        return store.append(type.streamType(), id, type.caseId(id, finalState), loaded.version(), serialized, metadata,
                        type.topic(), now)
                .chain(recorded -> {
                    Uni<Void> projected = Uni.createFrom().voidItem();
                    for (int i = 0; i < recorded.size(); i++) {
                        E event = events.get(i);
                        S stateAfter = states.get(i);
                        RecordedEvent entry = recorded.get(i);
                        projected = projected.chain(() -> projections.apply(type, event, stateAfter, entry));
                    }
                    return projected.replaceWith(new Appended<>(
                            new CommandResult<>(id, finalState, loaded.version() + events.size(), recorded), events));
                });
    }

    private NewEvent fitting(NewEvent event) {
        // a UTF-8 character takes at most 3 bytes per UTF-16 unit: only long data needs counting
        if ((long) event.data().length() * 3 > maxEventBytes) {
            long bytes = event.data().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxEventBytes) {
                throw new EventTooLargeException(event.type(), bytes, maxEventBytes);
            }
        }
        return event;
    }

    private static RuntimeException conflictAnswer(AggregateType<?, ?> type, ExpectedVersion expected, StreamConflictException conflict) {
        if (expected.kind() == ExpectedVersion.Kind.NO_STREAM) {
            return new AggregateAlreadyExistsException(type.streamType(), conflict.streamId());
        }
        if (expected.kind() == ExpectedVersion.Kind.EXACTLY) {
            return new StaleVersionException(conflict.streamId(), expected.version(), -1);
        }
        if (expected.kind() == ExpectedVersion.Kind.LATEST) {
            return conflict;
        }
        return new ConcurrentWritesException(conflict.streamId(), MAX_ATTEMPTS);
    }

    /** So many writers kept winning the race that this one gave up (HTTP 409, safe to retry). */
    public static class ConcurrentWritesException extends RuntimeException {
        public ConcurrentWritesException(UUID id, int attempts) {
            super("case " + id + " was changed by other writers " + attempts + " times while this command was decided; try again");
        }
    }
}
