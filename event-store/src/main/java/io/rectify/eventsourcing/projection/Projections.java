package io.rectify.eventsourcing.projection;

import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import java.util.List;
import java.util.Optional;

/** The projections of this service, found by the stream type they follow. */
@ApplicationScoped
public class Projections {

    private final List<Projection<?, ?>> all;

    public Projections(@Any Instance<Projection<?, ?>> projections) {
        this.all = projections.stream().toList();
    }

    public List<Projection<?, ?>> all() {
        return all;
    }

    public Optional<Projection<?, ?>> named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Applies one event to every projection of its stream type, one after the other. */
    @SuppressWarnings("unchecked")
    public <S, E> Uni<Void> apply(AggregateType<S, E> type, E event, S stateAfter, RecordedEvent recorded) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Projection<?, ?> projection : all) {
            if (projection.streamType().equals(type.streamType())) {
                Projection<S, E> typed = (Projection<S, E>) projection;
                chain = chain.chain(() -> typed.apply(event, stateAfter, recorded));
            }
        }
        return chain;
    }
}
