package io.rectify.notification.messaging;

import io.rectify.contracts.car.CarEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.rectify.notification.service.CaseNotifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Follows CARs on {@code cars.events}: alerts for the quality team, events for integrations. */
@ApplicationScoped
public class CarEventsConsumer {

    static final String CONSUMER = "notification-service.cars";

    private final IdempotentConsumer consumer;
    private final CaseNotifier notifier;

    public CarEventsConsumer(IdempotentConsumer consumer, CaseNotifier notifier) {
        this.consumer = consumer;
        this.notifier = notifier;
    }

    @Incoming("car-events")
    public Uni<Void> onCarEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, CarEvent.TYPES, Set.copyOf(CarEvent.TYPES.all().values()),
                notifier::onCarEvent);
    }
}
