package io.rectify.eventsourcing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;

import java.util.List;
import java.util.UUID;

/**
 * Throws a read model away and builds it again from the event store, stream by stream in version
 * order, with the same code that keeps it current. It runs in one transaction that holds writers
 * off the event store, so the rebuilt model is exactly the store's state when it commits.
 */
@ApplicationScoped
public class ProjectionRebuilder {

    private static final int PAGE = 1_000;

    private final Projections projections;
    private final List<AggregateType<?, ?>> aggregateTypes;
    private final EventStore store;
    private final EventSerializer serializer;

    public ProjectionRebuilder(Projections projections, @Any Instance<AggregateType<?, ?>> aggregateTypes,
                               EventStore store, EventSerializer serializer) {
        this.projections = projections;
        this.aggregateTypes = aggregateTypes.stream().toList();
        this.store = store;
        this.serializer = serializer;
    }

    public record Report(String projection, long streams, long events, long millis) {
    }

    public Uni<Report> rebuild(String name) {
        Projection<?, ?> projection = projections.named(name)
                .orElseThrow(() -> new NotFoundException("no projection named " + name));
        AggregateType<?, ?> type = aggregateTypes.stream()
                .filter(t -> t.streamType().equals(projection.streamType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no aggregate type for stream type " + projection.streamType()));
        return rebuild(projection, type);
    }

    @SuppressWarnings("unchecked")
    private <S, E> Uni<Report> rebuild(Projection<?, ?> untyped, AggregateType<S, E> type) {
        Projection<S, E> projection = (Projection<S, E>) untyped;
        long started = System.nanoTime();
        Replay<S> replay = new Replay<>();
        return Panache.withTransaction(() -> Panache.getSession()
                // appends wait until the rebuild commits; reads go on
                .chain(session -> session.createNativeQuery("lock table events in share mode").executeUpdate())
                .chain(projection::reset)
                .chain(() -> replayFrom(projection, type, replay, null, 0)))
                .map(ignored -> new Report(projection.name(), replay.streams, replay.events,
                        (System.nanoTime() - started) / 1_000_000));
    }

    private <S, E> Uni<Void> replayFrom(Projection<S, E> projection, AggregateType<S, E> type, Replay<S> replay,
                                        UUID afterStream, long afterVersion) {
        return store.readStreams(type.streamType(), afterStream, afterVersion, PAGE).chain(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            RecordedEvent last = page.get(page.size() - 1);
            return Multi.createFrom().iterable(page)
                    .onItem().transformToUniAndConcatenate(recorded -> {
                        if (!recorded.streamId().equals(replay.streamId)) {
                            replay.streamId = recorded.streamId();
                            replay.state = type.initialState(recorded.streamId());
                            replay.streams++;
                        }
                        E event = serializer.deserialize(type.eventTypes(), recorded.type(), recorded.data());
                        replay.state = type.evolve(replay.state, event);
                        replay.events++;
                        return projection.apply(event, replay.state, recorded);
                    })
                    .collect().last()
                    // keep the session's memory flat however long the store is
                    .chain(() -> Panache.getSession().chain(session -> session.flush().invoke(session::clear)))
                    .chain(() -> page.size() < PAGE ? Uni.createFrom().voidItem()
                            : replayFrom(projection, type, replay, last.streamId(), last.version()));
        });
    }

    private static final class Replay<S> {
        UUID streamId;
        S state;
        long streams;
        long events;
    }
}
