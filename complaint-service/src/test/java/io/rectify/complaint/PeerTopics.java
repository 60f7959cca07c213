package io.rectify.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * The other services' side of their topics in complaint-service's tests: a CAR or notification
 * event of a case, sent to the real broker as that service's outbox would send it.
 */
@ApplicationScoped
public class PeerTopics {

    private final String bootstrapServers;
    private final ObjectMapper json;

    public PeerTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** {@code event} as the {@code sequence}-th event of the case {@code complaintId}'s CAR stream. */
    public void publish(UUID complaintId, CarEvent event, long sequence) throws Exception {
        send("cars.events", "/car-service", CarEvent.TYPES.nameOf(event), event.carId(), complaintId, sequence, event);
    }

    /**
     * notification-service's side of {@code notifications.events}: {@code event} as the
     * {@code sequence}-th event of a notification of the case {@code caseId}.
     */
    public void publishNotification(UUID caseId, NotificationEvent event, long sequence) throws Exception {
        send("notifications.events", "/notification-service", NotificationEvent.TYPES.nameOf(event), event.notificationId(),
                caseId, sequence, event);
    }

    private void send(String topic, String source, String type, UUID subject, UUID caseId, long sequence, Object event)
            throws Exception {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), source, type, subject.toString(), Instant.now(),
                "application/json", caseId, sequence, "a.petrovic", "subject-a-petrovic", UUID.randomUUID(), null,
                json.writeValueAsString(event));
        new TopicClient(bootstrapServers).send(CloudEventsKafka.toRecord(topic, envelope));
    }
}
