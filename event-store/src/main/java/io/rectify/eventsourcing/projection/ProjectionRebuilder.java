package io.rectify.eventsourcing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a read model again from the event store, in the background, with the same code that
 * keeps it current. It walks the streams in batches; each batch forgets what the model holds for
 * its streams and replays them in a short transaction that holds appends off for that batch only,
 * so the batch ends equal to the store, and writers wait milliseconds rather than the whole run.
 * Streams not reached yet keep being updated by their commands as before.
 *
 * <p>One rebuild per projection runs at a time in an instance; asking for a second answers 409
 * naming the one running.
 */
@ApplicationScoped
public class ProjectionRebuilder {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuilder.class);

    /** Streams per batch: small enough that appends wait only briefly for a batch. */
    static final int STREAMS_PER_BATCH = 100;

    private final Projections projections;
    private final List<AggregateType<?, ?>> aggregateTypes;
    private final EventStore store;
    private final EventSerializer serializer;
    private final Vertx vertx;
    private final Clock clock;
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();

    public ProjectionRebuilder(Projections projections, @Any Instance<AggregateType<?, ?>> aggregateTypes,
                               EventStore store, EventSerializer serializer, Vertx vertx, Clock clock) {
        this.projections = projections;
        this.aggregateTypes = aggregateTypes.stream().toList();
        this.store = store;
        this.serializer = serializer;
        this.vertx = vertx;
        this.clock = clock;
    }

    public enum State { RUNNING, DONE, FAILED }

    /** A rebuild as an admin follows it; {@code streams} and {@code events} grow while it runs. */
    public record Rebuild(String projection, State state, String startedBy, Instant startedAt, Instant finishedAt,
                          long streams, long events, String failure) {

        Rebuild progressed(long moreStreams, long moreEvents) {
            return new Rebuild(projection, state, startedBy, startedAt, finishedAt, streams + moreStreams, events + moreEvents, null);
        }

        Rebuild ended(State end, Instant at, String why) {
            return new Rebuild(projection, end, startedBy, startedAt, at, streams, events, why);
        }
    }

    /** A rebuild of this projection is running already (HTTP 409). */
    public static class RebuildRunningException extends RuntimeException {
        public RebuildRunningException(Rebuild running) {
            super("a rebuild of " + running.projection() + " started by " + running.startedBy() + " at " + running.startedAt()
                    + " is running (" + running.streams() + " streams so far); wait for it: GET /admin/projections/"
                    + running.projection() + "/rebuild");
        }
    }

    /** Starts a rebuild in the background and answers at once. */
    public Rebuild start(String name, String startedBy) {
        Projection<?, ?> projection = projections.named(name)
                .orElseThrow(() -> new NotFoundException("no projection named " + name));
        AggregateType<?, ?> type = aggregateTypes.stream()
                .filter(t -> t.streamType().equals(projection.streamType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no aggregate type for stream type " + projection.streamType()));
        Rebuild started = new Rebuild(name, State.RUNNING, startedBy, clock.instant(), null, 0, 0, null);
        Rebuild before = latest.compute(name, (key, current) -> current != null && current.state() == State.RUNNING ? current : started);
        if (before != started) {
            throw new RebuildRunningException(before);
        }
        LOG.infof("%s started a rebuild of %s", startedBy, name);
        // its own context: the rebuild's sessions must outlive the request that started it
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(() -> replay(projection, type, null)).subscribe().with(
                done -> finish(name, State.DONE, null),
                failure -> {
                    LOG.errorf(failure, "the rebuild of %s failed; the streams it did not reach are as before", name);
                    finish(name, State.FAILED, failure.getClass().getSimpleName() + ": " + failure.getMessage());
                }));
        return started;
    }

    /** The running or the last rebuild of this projection in this instance. */
    public Optional<Rebuild> latest(String name) {
        if (projections.named(name).isEmpty()) {
            throw new NotFoundException("no projection named " + name);
        }
        return Optional.ofNullable(latest.get(name));
    }

    private void finish(String name, State state, String failure) {
        Rebuild ended = latest.computeIfPresent(name, (key, running) -> running.ended(state, clock.instant(), failure));
        if (ended != null && state == State.DONE) {
            LOG.infof("rebuilt %s: %d streams, %d events in %d ms", name, ended.streams(), ended.events(),
                    ended.finishedAt().toEpochMilli() - ended.startedAt().toEpochMilli());
        }
    }

    @SuppressWarnings("unchecked")
    private <S, E> Uni<Void> replay(Projection<?, ?> untyped, AggregateType<S, E> type, UUID afterStream) {
        Projection<S, E> projection = (Projection<S, E>) untyped;
        return Panache.withTransaction(() -> Panache.getSession()
                        // appends wait until this batch commits; reads go on
                        .chain(session -> session.createNativeQuery("lock table events in share mode").executeUpdate())
                        .chain(() -> store.streamIds(type.streamType(), afterStream, STREAMS_PER_BATCH))
                        .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(ids)
                                : projection.forget(ids)
                                .chain(() -> store.readStreams(ids))
                                .chain(events -> apply(projection, type, events))
                                .replaceWith(ids)))
                .chain(ids -> ids.size() < STREAMS_PER_BATCH ? Uni.createFrom().voidItem()
                        : replay(projection, type, ids.get(ids.size() - 1)));
    }

    private <S, E> Uni<Void> apply(Projection<S, E> projection, AggregateType<S, E> type, List<RecordedEvent> events) {
        Fold<S> fold = new Fold<>();
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(recorded -> {
                    if (!recorded.streamId().equals(fold.streamId)) {
                        fold.streamId = recorded.streamId();
                        fold.state = type.initialState(recorded.streamId());
                        fold.streams++;
                    }
                    E event = serializer.deserialize(type.eventTypes(), recorded.type(), recorded.data());
                    fold.state = type.evolve(fold.state, event);
                    return projection.apply(event, fold.state, recorded);
                })
                .collect().last()
                .invoke(() -> latest.computeIfPresent(projection.name(), (key, running) -> running.progressed(fold.streams, events.size())))
                .replaceWithVoid();
    }

    private static final class Fold<S> {
        UUID streamId;
        S state;
        long streams;
    }
}
