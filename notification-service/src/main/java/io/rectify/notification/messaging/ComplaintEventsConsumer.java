package io.rectify.notification.messaging;

import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.rectify.notification.service.CaseNotifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Follows complaint cases on {@code complaints.events} and turns their steps into notifications. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "notification-service.complaints";

    private final IdempotentConsumer consumer;
    private final CaseNotifier notifier;

    public ComplaintEventsConsumer(IdempotentConsumer consumer, CaseNotifier notifier) {
        this.consumer = consumer;
        this.notifier = notifier;
    }

    @Incoming("complaint-events")
    public Uni<Void> onComplaintEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, ComplaintEvent.TYPES, Set.copyOf(ComplaintEvent.TYPES.all().values()),
                notifier::onComplaintEvent);
    }
}
