package io.rectify.eventsourcing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The relay's figures for {@code /q/metrics}: what it published and failed to, what is parked and
 * pending and how long the oldest pending event has waited, and whether it is active.
 */
final class OutboxMeters {

    final AtomicLong published = new AtomicLong();
    final AtomicLong parked = new AtomicLong();
    final AtomicLong pending = new AtomicLong();
    /**
     * How long the oldest pending event had waited when last counted, in milliseconds; 0 when none
     * waited. An age, not a time: a timestamp would go on ageing on the dashboard after the event
     * was published, until the next count.
     */
    final AtomicLong oldestPendingAge = new AtomicLong();
    final Counter kafkaFailures;
    final Counter databaseFailures;

    OutboxMeters(MeterRegistry metrics, BooleanSupplier active) {
        FunctionCounter.builder("rectify.outbox.published", published, AtomicLong::get)
                .description("Events this instance published to Kafka").register(metrics);
        Gauge.builder("rectify.outbox.parked", parked, AtomicLong::get)
                .description("Outbox records Kafka refused for good, waiting for an admin (counted by the active relay)")
                .register(metrics);
        Gauge.builder("rectify.outbox.pending", pending, AtomicLong::get)
                .description("Committed events not yet on Kafka (counted by the active relay)").register(metrics);
        Gauge.builder("rectify.outbox.oldest.pending.age", oldestPendingAge, age -> age.get() / 1000.0)
                .description("How long the oldest event not yet on Kafka had waited, counted every 5 s by the active relay; 0 when none waits")
                .baseUnit("seconds").register(metrics);
        kafkaFailures = failures(metrics, "kafka");
        databaseFailures = failures(metrics, "database");
        Gauge.builder("rectify.outbox.active", () -> active.getAsBoolean() ? 1 : 0)
                .description("1 on the instance whose relay publishes the outbox").register(metrics);
    }

    private static Counter failures(MeterRegistry metrics, String cause) {
        return Counter.builder("rectify.outbox.publish.failures").tag("cause", cause)
                .description("Relay rounds that failed and are retried").register(metrics);
    }
}
