package io.rectify.car.messaging;

import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Follows complaint cases on {@code complaints.events}. A CAR is owed only when a case requests
 * corrective action; no complaint event handled so far does, so every event passes by without
 * touching the database.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "car-service.complaints";

    private final IdempotentConsumer consumer;

    public ComplaintEventsConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("complaint-events")
    public Uni<Void> onComplaintEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, ComplaintEvent.TYPES, Set.of(), (event, envelope) -> Uni.createFrom().voidItem());
    }
}
