package io.rectify.eventsourcing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One span per record a consumer takes, a child of the relay's publish span (from the record's
 * {@code traceparent}), current while the consumer's effect runs: what the effect appends is
 * stored with this trace, so the trace goes on through the next service's outbox.
 */
@ApplicationScoped
public class ConsumerTracing {

    private final Tracer tracer;

    public ConsumerTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} in the record's span; the span ends with the work, failed if it failed. */
    public <T> Uni<T> inSpan(String consumer, ConsumerRecord<String, byte[]> record, Supplier<Uni<T>> work) {
        return Spans.around(() -> start(consumer, record), work);
    }

    /** A record the consumer looked at and had nothing to do with: a span all the same, so the trace shows it. */
    public void skipped(String consumer, ConsumerRecord<String, byte[]> record) {
        start(consumer, record).setAttribute("rectify.skipped", true).end();
    }

    private Span start(String consumer, ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CloudEventsKafka.TYPE);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceContext.parent(TraceContext.of(record.headers())))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("cloudevents.event_type", header == null ? "" : new String(header.value(), StandardCharsets.UTF_8))
                .startSpan();
    }
}
