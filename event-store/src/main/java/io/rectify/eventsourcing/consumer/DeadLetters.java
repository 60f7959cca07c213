package io.rectify.eventsourcing.consumer;

import io.quarkus.runtime.ShutdownEvent;
import io.rectify.eventsourcing.kafka.ProducerSettings;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Parks records a consumer can never process on {@code <service>.dead-letter}, unchanged (key,
 * value, headers) plus where they came from and why they failed, so the partition moves on and
 * an operator can inspect and replay them.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private final Map<String, Object> kafkaConfig;
    private final String topic;
    private Producer<String, byte[]> producer;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafkaConfig = kafkaConfig;
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
