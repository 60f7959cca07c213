package io.rectify.eventsourcing.testapp;

import java.util.List;
import java.util.UUID;

/** A counter: exists once opened, and adds up what it was asked to count. */
public record Counter(UUID id, boolean open, long total) {

    public static Counter none(UUID id) {
        return new Counter(id, false, 0);
    }

    public static List<CounterEvent> opening(Counter counter) {
        if (counter.open()) {
            throw new IllegalStateException("open already");
        }
        return List.of(new CounterEvent.Opened(counter.id()));
    }

    public static List<CounterEvent> counting(Counter counter, int by) {
        return List.of(new CounterEvent.Counted(counter.id(), by));
    }

    public Counter evolve(CounterEvent event) {
        return switch (event) {
            case CounterEvent.Opened opened -> new Counter(id, true, total);
            case CounterEvent.Counted counted -> new Counter(id, open, total + counted.by());
        };
    }
}
