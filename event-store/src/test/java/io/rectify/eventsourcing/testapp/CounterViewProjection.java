package io.rectify.eventsourcing.testapp;

import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** One row per counter: its total and version. */
@ApplicationScoped
public class CounterViewProjection implements Projection<Counter, CounterEvent> {

    public static final String NAME = "counter-view";

    private static final ViewTable VIEW = ViewTable.keyed("counter_view", "id", "total", "version");

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
        return VIEW.write(row(counter, recorded));
    }

    @Override
    public Uni<Void> restore(List<Replayed<Counter, CounterEvent>> streams) {
        return VIEW.write(streams.stream().map(stream -> row(stream.state(), stream.last())).toList());
    }

    private static Object[] row(Counter counter, RecordedEvent recorded) {
        return new Object[] {counter.id(), counter.total(), recorded.version()};
    }
}
