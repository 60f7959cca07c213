package io.rectify.eventsourcing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.rectify.eventsourcing.store.SqlValues;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds a read model again from the event store, in the background, with the same code that
 * keeps it current. It walks the streams in batches, in the order they were started; each batch
 * forgets what the model holds for its streams and replays them in a short transaction that holds
 * appends off for that batch only, so the batch ends equal to the store, and writers wait
 * milliseconds rather than the whole run. Streams not reached yet keep being updated by their
 * commands as before. A batch's events are folded in memory and written by
 * {@link Projection#restore} at once.
 *
 * <p>One rebuild per projection runs at a time across all instances ({@code projection_rebuilds}
 * holds it, with a heartbeat per batch); asking for a second answers 409 naming the one running.
 * A rebuild whose instance died stops beating and can be started again after
 * {@link #ABANDONED_AFTER}.
 */
@ApplicationScoped
public class ProjectionRebuilder {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuilder.class);

    /**
     * Streams per batch: small enough that appends wait only briefly for a batch (tens of
     * milliseconds when the projection writes a batch at once), large enough that a batch's
     * statements carry many rows each.
     */
    static final int STREAMS_PER_BATCH = 500;

    /** A running rebuild that has not finished a batch for this long is taken for dead. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private static final String CLAIM = """
            insert into projection_rebuilds (projection, state, started_by, started_at, heartbeat_at)
            values (?1, 'RUNNING', ?2, ?3, ?3)
            on conflict (projection) do update set state = 'RUNNING', started_by = excluded.started_by,
                   started_at = excluded.started_at, heartbeat_at = excluded.heartbeat_at, finished_at = null,
                   streams = 0, events = 0, failure = null
             where projection_rebuilds.state <> 'RUNNING' or projection_rebuilds.heartbeat_at < ?4""";
    private static final String READ = "select projection, state, started_by, started_at, finished_at, streams, events, failure"
            + " from projection_rebuilds where projection = ?1";

    private final Projections projections;
    private final List<AggregateType<?, ?>> aggregateTypes;
    private final EventStore store;
    private final EventSerializer serializer;
    private final Vertx vertx;
    private final Clock clock;

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

    }

    /** A rebuild of this projection is running already (HTTP 409). */
    public static class RebuildRunningException extends RuntimeException {
        public RebuildRunningException(Rebuild running) {
            super("a rebuild of " + running.projection() + " started by " + running.startedBy() + " at " + running.startedAt()
                    + " is running (" + running.streams() + " streams so far); wait for it: GET /admin/projections/"
                    + running.projection() + "/rebuild");
        }
    }

    /** Starts a rebuild in the background and answers at once, unless one of this projection runs anywhere. */
    public Uni<Rebuild> start(String name, String startedBy) {
        Projection<?, ?> projection = projections.named(name)
                .orElseThrow(() -> new NotFoundException("no projection named " + name));
        AggregateType<?, ?> type = aggregateTypes.stream()
                .filter(t -> t.streamType().equals(projection.streamType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no aggregate type for stream type " + projection.streamType()));
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter(1, name).setParameter(2, startedBy).setParameter(3, now)
                        .setParameter(4, now.minus(ABANDONED_AFTER))
                        .executeUpdate()))
                .chain(claimed -> latest(name).map(current -> {
                    Rebuild rebuild = current.orElseThrow();
                    if (claimed == 0) {
                        throw new RebuildRunningException(rebuild);
                    }
                    run(projection, type, startedBy);
                    return rebuild;
                }));
    }

    private void run(Projection<?, ?> projection, AggregateType<?, ?> type, String startedBy) {
        String name = projection.name();
        LOG.infof("%s started a rebuild of %s", startedBy, name);
        // its own context: the rebuild's sessions must outlive the request that started it
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(() -> replay(projection, type, 0L))
                .chain(() -> finish(name, State.DONE, null))
                .onFailure().call(failure -> {
                    LOG.errorf(failure, "the rebuild of %s failed; the streams it did not reach are as before", name);
                    return finish(name, State.FAILED, failure.getClass().getSimpleName() + ": " + failure.getMessage());
                })
                .subscribe().with(
                        done -> latest(name).subscribe().with(ended -> ended.ifPresent(r -> LOG.infof(
                                "rebuilt %s: %d streams, %d events", name, r.streams(), r.events()))),
                        failure -> LOG.errorf(failure, "could not record how the rebuild of %s ended", name)));
    }

    /** The running or the last rebuild of this projection, whichever instance runs or ran it. */
    public Uni<Optional<Rebuild>> latest(String name) {
        if (projections.named(name).isEmpty()) {
            throw new NotFoundException("no projection named " + name);
        }
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(READ, Object[].class)
                .setParameter(1, name)
                .getResultList()
                .map(rows -> rows.stream().findFirst().map(ProjectionRebuilder::rebuildOf))));
    }

    private static Rebuild rebuildOf(Object[] row) {
        return new Rebuild((String) row[0], State.valueOf((String) row[1]), (String) row[2], SqlValues.instant(row[3]), SqlValues.instant(row[4]),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), (String) row[7]);
    }

    private Uni<Void> finish(String name, State state, String failure) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "update projection_rebuilds set state = ?1, finished_at = ?2, failure = ?3 where projection = ?4")
                .setParameter(1, state.name()).setParameter(2, clock.instant()).setParameter(3, failure).setParameter(4, name)
                .executeUpdate())).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    private <S, E> Uni<Void> replay(Projection<?, ?> untyped, AggregateType<S, E> type, long afterPosition) {
        Projection<S, E> projection = (Projection<S, E>) untyped;
        return Panache.withTransaction(() -> Panache.getSession()
                        // appends wait until this batch commits; reads go on
                        .chain(session -> session.createNativeQuery("lock table events in share mode").executeUpdate())
                        .chain(() -> store.streamsStartedAfter(type.streamType(), afterPosition, STREAMS_PER_BATCH))
                        .chain(batch -> {
                            if (batch.isEmpty()) {
                                return Uni.createFrom().item(batch);
                            }
                            List<UUID> ids = batch.stream().map(EventStore.StreamStart::streamId).toList();
                            return projection.forget(ids)
                                    .chain(() -> store.readStreams(ids))
                                    .chain(events -> apply(projection, type, events))
                                    .replaceWith(batch);
                        }))
                .chain(batch -> batch.size() < STREAMS_PER_BATCH ? Uni.createFrom().voidItem()
                        : replay(projection, type, batch.get(batch.size() - 1).position()));
    }

    private <S, E> Uni<Void> apply(Projection<S, E> projection, AggregateType<S, E> type, List<RecordedEvent> events) {
        // the store gives each stream's events together, in version order
        List<Replayed<S, E>> streams = new ArrayList<>();
        int first = 0;
        while (first < events.size()) {
            UUID streamId = events.get(first).streamId();
            int end = first;
            while (end < events.size() && events.get(end).streamId().equals(streamId)) {
                end++;
            }
            List<RecordedEvent> recorded = events.subList(first, end);
            List<E> decoded = new ArrayList<>(recorded.size());
            List<S> states = new ArrayList<>(recorded.size());
            S state = type.initialState(streamId);
            for (RecordedEvent stored : recorded) {
                E event = serializer.deserialize(type.eventTypes(), stored.type(), stored.data());
                state = type.evolve(state, event);
                decoded.add(event);
                states.add(state);
            }
            streams.add(new Replayed<>(recorded, decoded, states));
            first = end;
        }
        return projection.restore(streams)
                // the heartbeat: other instances see it running, and how far
                .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "update projection_rebuilds set streams = streams + ?1, events = events + ?2, heartbeat_at = ?3"
                                        + " where projection = ?4")
                        .setParameter(1, (long) streams.size()).setParameter(2, (long) events.size())
                        .setParameter(3, clock.instant()).setParameter(4, projection.name())
                        .executeUpdate()))
                .replaceWithVoid();
    }
}
