package io.rectify.eventsourcing.asyncapi;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the service's AsyncAPI document at {@code /q/asyncapi}, beside {@code /q/openapi}: the
 * one the build generated for the topic this service publishes. No token is needed, as for the
 * OpenAPI document: it describes the contract, not data.
 */
@ApplicationScoped
public class AsyncApiRoute {

    public static final String PATH = "/q/asyncapi";

    private final String service;

    public AsyncApiRoute(@ConfigProperty(name = "quarkus.application.name") String service) {
        this.service = service;
    }

    void register(@Observes Router router) {
        AsyncApiDocuments.ofService(service).ifPresent(contract -> {
            byte[] document = read(contract.resource());
            router.get(PATH).handler(context -> context.response()
                    .putHeader("content-type", "application/json")
                    .putHeader("cache-control", "no-cache")
                    .end(io.vertx.core.buffer.Buffer.buffer(document)));
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = AsyncApiRoute.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build writes it (event-store, process-classes)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
