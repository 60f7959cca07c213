package io.rectify.eventsourcing.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports what the outbox relay is doing. A broker outage does not make the service unready:
 * commands still succeed and their events wait in the outbox; {@code lastError} says why they wait.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.Status status = relay.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay")
                .status(status.running())
                .withData("active", status.leader())
                .withData("published", status.published())
                .withData("parked", status.parked());
        if (status.lastPublishedAt() != null) {
            response.withData("lastPublishedAt", status.lastPublishedAt().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
