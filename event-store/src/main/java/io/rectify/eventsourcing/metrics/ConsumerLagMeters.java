package io.rectify.eventsourcing.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.rectify.eventsourcing.kafka.ProducerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lag of this service's consumer group on each partition of the topics it consumes
 * ({@code rectify_consumer_lag{group, topic, partition}}): the partition's end offset minus the
 * group's committed offset, read from the broker every 15 s, as a lag exporter would. The group is
 * shared by the service's replicas, so every replica reports the same figure: take the max.
 * A partition the group has not committed on yet counts from its start.
 */
@ApplicationScoped
public class ConsumerLagMeters {

    private static final Logger LOG = Logger.getLogger(ConsumerLagMeters.class);
    private static final long TIMEOUT_SECONDS = 5;

    private final Map<String, Object> kafkaConfig;
    private final MeterRegistry registry;
    private final String group;
    private final Set<String> topics;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private Admin admin;

    public ConsumerLagMeters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry,
                             @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.group.id") String group, Config config) {
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
        this.group = group;
        this.topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
    }

    @Scheduled(every = "${rectify.metrics.consumer-lag-every:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void measure() {
        if (topics.isEmpty()) {
            return;
        }
        try {
            Admin kafka = admin();
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<TopicPartition> partitions = kafka.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), ignored -> OffsetSpec.latest()));
            var ends = kafka.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata at = committed.get(partition);
                long end = ends.get(partition).offset();
                lag(partition).set(Math.max(0, end - (at == null ? 0 : at.offset())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the broker away: the figures stay as last read; the outbox and health say more
            LOG.debugf("consumer lag of %s not measured: %s", group, e.getMessage());
            close();
        }
    }

    private AtomicLong lag(TopicPartition partition) {
        return lags.computeIfAbsent(partition, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("rectify.consumer.lag", value, AtomicLong::get)
                    .description("Records on the partition that the service's consumer group has not committed yet")
                    .tag("group", group).tag("topic", key.topic()).tag("partition", Integer.toString(key.partition()))
                    .register(registry);
            return value;
        });
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = ProducerSettings.only(kafkaConfig, AdminClientConfig.configNames());
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-lag");
            int timeout = (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS);
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            admin = Admin.create(settings);
        }
        return admin;
    }

    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        close();
    }
}
