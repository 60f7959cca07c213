package io.rectify.eventsourcing.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** The relay's figures for {@code /q/metrics}: what it published, what is parked and pending, and whether it is active. */
final class OutboxMeters {

    final AtomicLong published = new AtomicLong();
    final AtomicLong parked = new AtomicLong();
    final AtomicLong pending = new AtomicLong();

    OutboxMeters(MeterRegistry metrics, BooleanSupplier active) {
        FunctionCounter.builder("rectify.outbox.published", published, AtomicLong::get)
                .description("Events this instance published to Kafka").register(metrics);
        Gauge.builder("rectify.outbox.parked", parked, AtomicLong::get)
                .description("Outbox records Kafka refused for good, waiting for an admin (counted by the active relay)")
                .register(metrics);
        Gauge.builder("rectify.outbox.pending", pending, AtomicLong::get)
                .description("Committed events not yet on Kafka (counted by the active relay)").register(metrics);
        Gauge.builder("rectify.outbox.active", () -> active.getAsBoolean() ? 1 : 0)
                .description("1 on the instance whose relay publishes the outbox").register(metrics);
    }
}
