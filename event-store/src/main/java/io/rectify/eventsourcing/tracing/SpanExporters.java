package io.rectify.eventsourcing.tracing;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Where spans go: over OTLP/HTTP to the collector at {@code OTEL_EXPORTER_OTLP_ENDPOINT}, or
 * nowhere when it is not set. Quarkus' own exporter is switched off at build time
 * ({@code quarkus.otel.exporter.otlp.enabled=false}) because it would send to localhost:4317, and
 * warn, when nothing is configured; switching the whole SDK off instead would also take the
 * trace ids out of the logs and out of the events.
 */
public class SpanExporters {

    private static final Logger LOG = Logger.getLogger(SpanExporters.class);

    @Produces
    @Singleton
    SpanExporter spanExporter(@ConfigProperty(name = "rectify.tracing.otlp-endpoint") Optional<String> endpoint) {
        if (endpoint.isEmpty() || endpoint.get().isBlank()) {
            return SpanExporter.composite();
        }
        String traces = endpoint.get().replaceAll("/+$", "") + "/v1/traces";
        LOG.infof("exporting traces over OTLP/HTTP to %s", traces);
        return OtlpHttpSpanExporter.builder().setEndpoint(traces).build();
    }
}
