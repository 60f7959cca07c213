package io.rectify.eventsourcing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context as Rectify carries it: stored with each event ({@code events.traceparent}),
 * sent with each record as {@code traceparent} (what OpenTelemetry instrumentations read) and as
 * {@code ce_traceparent} (the CloudEvents distributed-tracing extension in Kafka binary mode).
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String CE_TRACEPARENT = "ce_traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The traceparent of the current span, or null outside a sampled trace. */
    public static String current() {
        return traceparent(Span.current().getSpanContext());
    }

    public static String traceparent(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context whose parent is {@code traceparent}; the root context when it is null or malformed. */
    public static Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP);
    }

    /** The traceparent a record carries, preferring the W3C header. */
    public static String of(Headers headers) {
        for (String name : List.of(TRACEPARENT, CE_TRACEPARENT)) {
            Header header = headers.lastHeader(name);
            if (header != null && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Writes {@code span}'s context as both headers, replacing any there. */
    public static void put(Headers headers, SpanContext span) {
        String traceparent = traceparent(span);
        headers.remove(TRACEPARENT);
        headers.remove(CE_TRACEPARENT);
        if (traceparent != null) {
            byte[] value = traceparent.getBytes(StandardCharsets.UTF_8);
            headers.add(TRACEPARENT, value);
            headers.add(CE_TRACEPARENT, value);
        }
    }
}
