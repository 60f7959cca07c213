package io.rectify.eventsourcing.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.kafka.ProducerSettings;
import io.rectify.eventsourcing.outbox.OutboxRows.Entry;
import io.rectify.eventsourcing.tracing.Spans;
import io.rectify.eventsourcing.tracing.TraceContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends outbox records to Kafka and waits for the acknowledgements, with a producer tuned for
 * the relay: idempotent, acks from all in-sync replicas, and timeouts that fit the relay's
 * delivery timeout. Says which records Kafka acknowledged, which it refused for good, and what
 * failed otherwise (to be sent again).
 */
final class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final Duration deliveryTimeout;
    /** The CloudEvents source of this service's events. */
    private final String source;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Tracer tracer;
    private Producer<String, byte[]> producer;

    /** What one round of sends came to. {@code failure} is null when nothing has to be sent again. */
    record Outcome(List<Long> acknowledged, List<Refused> refused, RuntimeException failure) {
    }

    /** A record Kafka will refuse however often it is sent. */
    record Refused(Entry entry, Throwable reason) {
    }

    OutboxPublisher(Map<String, Object> kafkaConfig, String clientId, Duration deliveryTimeout, String source, Tracer tracer) {
        this(kafkaConfig, clientId, deliveryTimeout, source, tracer, null);
    }

    /** @param producers makes the producer; null for a Kafka producer tuned as described above */
    OutboxPublisher(Map<String, Object> kafkaConfig, String clientId, Duration deliveryTimeout, String source, Tracer tracer,
                    Supplier<Producer<String, byte[]>> producers) {
        this.tracer = tracer;
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
        this.deliveryTimeout = deliveryTimeout;
        this.source = source;
        this.producers = producers == null ? this::tunedProducer : producers;
    }

    /**
     * Sends every entry, then waits for each acknowledgement until the delivery timeout (and a
     * margin) has passed. A send the producer cannot even start (no metadata: the broker is
     * unreachable) stops the round; the rest waits for the next one.
     */
    Outcome send(List<Entry> batch) {
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        List<Entry> sent = new ArrayList<>(batch.size());
        List<Refused> refused = new ArrayList<>();
        RuntimeException failure = null;
        for (Entry entry : batch) {
            Span span = publishSpan(entry);
            try {
                ProducerRecord<String, byte[]> record = CloudEventsKafka.chained(
                        CloudEventsKafka.toRecord(entry.topic(), CloudEventsKafka.of(entry.event(), source)),
                        entry.event().streamType(), entry.previousHash(), entry.hash());
                TraceContext.put(record.headers(), span.getSpanContext());
                sends.add(kafka.send(record, (metadata, error) -> Spans.end(span, error)));
                sent.add(entry);
            } catch (RuntimeException e) {
                Spans.end(span, e);
                if (refusedForGood(e)) {
                    refused.add(new Refused(entry, e));
                    continue;
                }
                failure = e;
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        long deadline = System.nanoTime() + deliveryTimeout.plusSeconds(5).toNanos();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(sent.get(i).position());
            } catch (ExecutionException e) {
                if (refusedForGood(e.getCause())) {
                    refused.add(new Refused(sent.get(i), e.getCause()));
                } else if (failure == null) {
                    failure = new IllegalStateException(e.getCause() == null ? e : e.getCause());
                }
            } catch (TimeoutException e) {
                failure = failure == null ? new IllegalStateException(e) : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        return new Outcome(acknowledged, refused, failure);
    }

    /**
     * The span of one record's publish, a child of the span that appended its event (the request
     * or the consumer that committed it), so that one trace runs from the request through Kafka.
     */
    private Span publishSpan(Entry entry) {
        return tracer.spanBuilder(entry.topic() + " publish")
                .setParent(TraceContext.parent(entry.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", entry.topic())
                .setAttribute("messaging.message.id", entry.event().eventId().toString())
                .setAttribute("cloudevents.event_type", entry.event().type())
                .setAttribute("rectify.case_id", entry.event().caseId().toString())
                .startSpan();
    }

    /**
     * What Kafka will refuse however often it is sent; everything else (timeouts, a broker that
     * is down or electing a leader) is retried.
     */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof InvalidRecordException
                || failure instanceof SerializationException;
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private Producer<String, byte[]> tunedProducer() {
        Map<String, Object> settings = ProducerSettings.reliable(kafkaConfig, clientId);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // Kafka insists on delivery >= linger + request timeout
        int delivery = (int) deliveryTimeout.toMillis();
        int request = Math.max(500, Math.min(10_000, delivery / 2));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(delivery, request + 1));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(delivery, 10_000));
        return new KafkaProducer<>(settings);
    }

    /** Drops the producer (after a Kafka failure, or at shutdown); the next send makes a new one. */
    void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("closing the Kafka producer", e);
            }
            producer = null;
        }
    }
}
