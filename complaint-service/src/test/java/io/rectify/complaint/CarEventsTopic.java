package io.rectify.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.contracts.car.CarEvent;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * car-service's side of {@code cars.events} in complaint-service's tests: a CAR event of a case,
 * sent to the real broker as car-service's outbox would send it.
 */
@ApplicationScoped
public class CarEventsTopic {

    private final String bootstrapServers;
    private final ObjectMapper json;

    public CarEventsTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** {@code event} as the {@code sequence}-th event of the case {@code complaintId}'s CAR stream. */
    public void publish(UUID complaintId, CarEvent event, long sequence) throws Exception {
        CloudEvent envelope = new CloudEvent(UUID.randomUUID().toString(), "/car-service", CarEvent.TYPES.nameOf(event),
                event.carId().toString(), Instant.now(), "application/json", complaintId, sequence, "a.petrovic",
                "subject-a-petrovic", UUID.randomUUID(), null, json.writeValueAsString(event));
        new TopicClient(bootstrapServers).send(CloudEventsKafka.toRecord("cars.events", envelope));
    }
}
