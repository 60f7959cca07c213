package io.rectify.car.messaging;

import io.rectify.car.service.CarService;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Follows complaint cases on {@code complaints.events}: a request for corrective action opens the
 * complaint's CAR (once, however often it is asked), and a follow-up that found the action not
 * effective at the customer reopens it. Other complaint events pass by without touching the
 * database.
 */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "car-service.complaints";

    private final IdempotentConsumer consumer;
    private final CarService cars;

    public ComplaintEventsConsumer(IdempotentConsumer consumer, CarService cars) {
        this.consumer = consumer;
        this.cars = cars;
    }

    @Incoming("complaint-events")
    public Uni<Void> onComplaintEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, ComplaintEvent.TYPES,
                Set.of(ComplaintEvent.CorrectiveActionRequested.class, ComplaintEvent.FollowUpRecorded.class),
                (event, envelope) -> {
                    if (event instanceof ComplaintEvent.CorrectiveActionRequested requested) {
                        return cars.openForComplaint(requested, envelope);
                    }
                    if (event instanceof ComplaintEvent.FollowUpRecorded followUp && followUp.carToReopen() != null) {
                        return cars.reopenForComplaint(followUp, envelope);
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
