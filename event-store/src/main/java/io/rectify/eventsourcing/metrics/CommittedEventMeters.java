package io.rectify.eventsourcing.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what the services' commands committed, for {@code /q/metrics}: every event by its type
 * ({@code rectify_events_committed_total{stream, type}}), and the business counters each service
 * derives from its own events ({@link BusinessMeters}). Called once a command's transaction has
 * committed, so a rolled-back or retried attempt counts nothing. Each replica counts what it
 * committed: sum over the instances.
 */
@ApplicationScoped
public class CommittedEventMeters {

    private final MeterRegistry registry;
    private final List<BusinessMeters> business;
    private final Map<String, Counter> byType = new ConcurrentHashMap<>();

    public CommittedEventMeters(MeterRegistry registry, Instance<BusinessMeters> business) {
        this.registry = registry;
        this.business = business.stream().toList();
    }

    /** At startup, once Quarkus has set up its registries (a meter registered before would not be scraped). */
    void initialise(@Observes StartupEvent startup) {
        business.forEach(meters -> meters.initialise(registry));
    }

    public <E> void committed(AggregateType<?, E> type, List<E> events) {
        for (E event : events) {
            String name = type.eventTypes().nameOf(event);
            byType.computeIfAbsent(type.streamType() + " " + name, key -> Counter.builder("rectify.events.committed")
                    .description("Events committed by this instance's commands, by stream and event type")
                    .tag("stream", type.streamType()).tag("type", name).register(registry)).increment();
            for (BusinessMeters meters : business) {
                meters.committed(event, registry);
            }
        }
    }
}
