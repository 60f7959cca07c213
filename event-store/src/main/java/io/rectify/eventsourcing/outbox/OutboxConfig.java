package io.rectify.eventsourcing.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "rectify.outbox")
public interface OutboxConfig {

    /** How many events one round reads, sends and marks. */
    @WithDefault("500")
    int batchSize();

    /**
     * The fallback when no commit woke the relay: events written by another instance, or left
     * over from a crash or a broker outage, go out within this interval.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long Kafka may take to acknowledge a record before the relay tries it again later. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** Partitions of the service's topic when the service creates it; a topic that exists is left alone. */
    @WithDefault("3")
    int topicPartitions();

    /** Acknowledged outbox entries are kept this long for diagnosis; the events themselves stay forever. */
    @WithDefault("P7D")
    Duration retention();
}
