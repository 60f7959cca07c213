package io.rectify.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Follows a topic from its current end and notes, per CloudEvent, when it was seen and what its
 * envelope said: the benchmark's view of "the record is on Kafka".
 */
final class TopicWatcher implements AutoCloseable {

    record Seen(String type, String caseId, String causationId, Instant eventTime, Instant seenAt) {
    }

    private final Map<String, Seen> seenById = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile boolean running = true;

    TopicWatcher(String bootstrapServers, String topic) throws InterruptedException {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100));
        thread = new Thread(() -> follow(topic), "watch-" + topic);
        thread.setDaemon(true);
        thread.start();
        positioned.await();
    }

    private void follow(String topic) {
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty()) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        positioned.countDown();
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                Instant seenAt = Instant.now();
                String id = header(record, "ce_id");
                if (id != null) {
                    seenById.putIfAbsent(id, new Seen(header(record, "ce_type"), header(record, "ce_caseid"),
                            header(record, "ce_causationid"), Instant.parse(header(record, "ce_time")), seenAt));
                }
            }
        }
        consumer.close();
    }

    Map<String, Seen> seen() {
        return seenById;
    }

    long count(String type) {
        return seenById.values().stream().filter(s -> type.equals(s.type())).count();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
