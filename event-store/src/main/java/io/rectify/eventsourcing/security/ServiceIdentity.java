package io.rectify.eventsourcing.security;

import io.rectify.eventsourcing.store.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * The identity a service records its own events under, {@code system:<service>}: what a consumer
 * applies from another service's event, or a scheduler notices, is not any user's act.
 */
@ApplicationScoped
public class ServiceIdentity {

    private final String actor;

    public ServiceIdentity(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.actor = EventMetadata.serviceActor(applicationName);
    }

    public String actor() {
        return actor;
    }

    /** For an event a scheduler or the service itself records. */
    public EventMetadata own() {
        return EventMetadata.system(actor);
    }

    /** For an event recorded because another event was consumed. */
    public EventMetadata causedBy(UUID causeEventId, UUID causeCorrelationId) {
        return EventMetadata.causedBy(causeEventId, causeCorrelationId, actor);
    }
}
