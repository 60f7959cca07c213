package io.rectify.eventsourcing.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.rectify.eventsourcing.kafka.ProducerSettings;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parks records a consumer can never process on {@code <service>.dead-letter}, unchanged (key,
 * value, headers) plus where they came from and why they failed, so the partition moves on and
 * an operator can inspect and replay them ({@code GET /admin/dead-letters}).
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    /** On a replayed record: the admin who sent it again. */
    public static final String REPLAYED_BY = "replayed-by";

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private final MeterRegistry metrics;
    private Producer<String, byte[]> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName, MeterRegistry metrics) {
        this.kafkaConfig = kafkaConfig;
        this.metrics = metrics;
        this.topic = applicationName + ".dead-letter";
    }

    public String topic() {
        return topic;
    }

    /** Writes the record to the dead-letter topic; completes once Kafka has it. */
    public Uni<Void> park(String consumer, ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add(REASON, bytes(reason == null ? "unknown" : reason));
        headers.add(CONSUMER, bytes(consumer));
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(OFFSET, bytes(Long.toString(record.offset())));
        ProducerRecord<String, byte[]> parked = new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        // send() may block for metadata when the broker is slow: keep it off the event loop
        return Uni.createFrom().item(() -> {
                    try {
                        producer().send(parked).get();
                        metrics.counter("rectify.consumer.dead.lettered", "consumer", consumer, "topic", record.topic()).increment();
                        return null;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("cannot park a record on " + topic, e.getCause());
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .replaceWithVoid();
    }

    /** A parked record as an admin sees it: where it is, where it came from, and why it was parked. */
    public record DeadLetter(int partition, long offset, Instant parkedAt, String key, String eventId, String eventType,
                             String consumer, String originTopic, Integer originPartition, Long originOffset, String reason,
                             int bytes) {
    }

    /** The latest {@code limit} records of the dead-letter topic, oldest first. */
    public List<DeadLetter> latest(int limit) {
        try (Consumer<String, byte[]> reader = reader()) {
            List<TopicPartition> partitions = partitions(reader);
            if (partitions.isEmpty()) {
                return List.of();
            }
            reader.assign(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> starts = reader.beginningOffsets(partitions, READ_TIMEOUT);
            for (TopicPartition partition : partitions) {
                reader.seek(partition, Math.max(starts.get(partition), ends.get(partition) - limit));
            }
            List<DeadLetter> found = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!reachedEnd(reader, partitions, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    found.add(describe(record));
                }
            }
            found.sort(Comparator.comparing(DeadLetter::parkedAt));
            return found.size() <= limit ? found : List.copyOf(found.subList(found.size() - limit, found.size()));
        }
    }

    /**
     * Sends a parked record again to the topic it came from, unchanged, so that the consumer that
     * parked it (fixed meanwhile) applies it. Every other consumer of that topic has applied it
     * already and skips it by its event id.
     *
     * @return the record replayed, or empty when there is none at that position
     */
    public Optional<DeadLetter> replay(int partition, long offset, String replayedBy) {
        try (Consumer<String, byte[]> reader = reader()) {
            TopicPartition where = new TopicPartition(topic, partition);
            if (!partitions(reader).contains(where)) {
                return Optional.empty();
            }
            reader.assign(List.of(where));
            reader.seek(where, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (record.offset() != offset) {
                        return Optional.empty();
                    }
                    DeadLetter letter = describe(record);
                    if (letter.originTopic() == null) {
                        throw new IllegalStateException("record " + partition + "@" + offset + " names no origin topic");
                    }
                    RecordHeaders headers = new RecordHeaders();
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("dead-letter-")) {
                            headers.add(header);
                        }
                    }
                    headers.add(REPLAYED_BY, bytes(replayedBy));
                    send(new ProducerRecord<>(letter.originTopic(), null, record.key(), record.value(), headers));
                    return Optional.of(letter);
                }
                if (reader.position(where) >= reader.endOffsets(List.of(where), READ_TIMEOUT).get(where)) {
                    return Optional.empty();
                }
            }
            throw new IllegalStateException("the dead-letter topic did not answer within " + READ_TIMEOUT.toSeconds() + " s");
        }
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot replay onto " + record.topic(), e.getCause() == null ? e : e.getCause());
        }
    }

    private Consumer<String, byte[]> reader() {
        Map<String, Object> settings = ProducerSettings.only(kafkaConfig, ConsumerConfig.configNames());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, topic + "-reader");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(settings);
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> reader) {
        Map<String, List<PartitionInfo>> topics = reader.listTopics(READ_TIMEOUT);
        return topics.getOrDefault(topic, List.of()).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private static boolean reachedEnd(Consumer<String, byte[]> reader, List<TopicPartition> partitions,
                                      Map<TopicPartition, Long> ends) {
        for (TopicPartition partition : partitions) {
            if (reader.position(partition) < ends.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        String originPartition = header(record, PARTITION);
        String originOffset = header(record, OFFSET);
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()), record.key(),
                header(record, "ce_id"), header(record, "ce_type"), header(record, CONSUMER), header(record, TOPIC),
                originPartition == null ? null : Integer.valueOf(originPartition),
                originOffset == null ? null : Long.valueOf(originOffset), header(record, REASON),
                record.value() == null ? 0 : record.value().length);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(ProducerSettings.reliable(kafkaConfig, topic + "-producer"));
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
