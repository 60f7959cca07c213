package io.rectify.eventsourcing.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** One row per counter: its total and version. */
@ApplicationScoped
public class CounterViewProjection implements Projection<Counter, CounterEvent> {

    public static final String NAME = "counter-view";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String streamType() {
        return CounterAggregate.STREAM_TYPE;
    }

    @Override
    public Uni<Void> forget(List<UUID> streamIds) {
        return CounterView.delete("id in ?1", streamIds).replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(CounterEvent event, Counter counter, RecordedEvent recorded) {
        return CounterView.<CounterView>findById(counter.id()).chain(existing -> {
            CounterView view = existing == null ? new CounterView() : existing;
            view.id = counter.id();
            view.total = counter.total();
            view.version = recorded.version();
            return existing == null ? Panache.getSession().chain(session -> session.persist(view)) : Uni.createFrom().voidItem();
        });
    }
}
