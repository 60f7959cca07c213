package io.rectify.complaint.audit;

import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps, per case, the notifications notification-service publishes on {@code notifications.events}
 * and what became of each, for the auditor's export. A notification's later events come after its
 * {@code queued} in the same partition (the key is the case id), so the row exists when they arrive.
 */
@ApplicationScoped
public class CaseNotificationsConsumer {

    static final String CONSUMER = "complaint-service.notifications";

    private final IdempotentConsumer consumer;

    public CaseNotificationsConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("notification-events")
    public Uni<Void> onNotificationEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, NotificationEvent.TYPES, Set.of(NotificationEvent.Queued.class,
                NotificationEvent.AttemptFailed.class, NotificationEvent.Sent.class, NotificationEvent.Failed.class,
                NotificationEvent.Retried.class, NotificationEvent.Cancelled.class), this::record);
    }

    private Uni<Void> record(NotificationEvent event, CloudEvent envelope) {
        return switch (event) {
            case NotificationEvent.Queued queued -> {
                CaseNotification row = new CaseNotification();
                row.notificationId = queued.notificationId();
                row.caseId = queued.caseId();
                row.channel = queued.channel().name();
                row.recipient = queued.recipient();
                row.language = queued.language() == null ? null : queued.language().code();
                row.template = queued.template();
                row.subject = queued.subject();
                row.status = CaseNotification.Status.PENDING.name();
                row.queuedAt = queued.queuedAt();
                yield row.persist().replaceWithVoid();
            }
            case NotificationEvent.AttemptFailed failed -> update(failed, row -> {
                row.attempts = failed.attempt();
                row.lastError = failed.error();
            });
            case NotificationEvent.Sent sent -> update(sent, row -> {
                row.status = CaseNotification.Status.SENT.name();
                row.attempts = sent.attempt();
                row.sentAt = sent.sentAt();
                row.endedAt = sent.sentAt();
            });
            case NotificationEvent.Failed failed -> update(failed, row -> {
                row.status = CaseNotification.Status.FAILED.name();
                row.attempts = failed.attempts();
                row.lastError = failed.error();
                row.endedAt = failed.failedAt();
            });
            case NotificationEvent.Retried retried -> update(retried, row -> {
                row.status = CaseNotification.Status.PENDING.name();
                row.endedAt = null;
            });
            case NotificationEvent.Cancelled cancelled -> update(cancelled, row -> {
                row.status = CaseNotification.Status.CANCELLED.name();
                row.lastError = cancelled.reason();
                row.endedAt = cancelled.cancelledAt();
            });
        };
    }

    /** A notification queued before this copy began (its queued event not seen) is left out. */
    private static Uni<Void> update(NotificationEvent event, Consumer<CaseNotification> change) {
        return CaseNotification.<CaseNotification>findById(event.notificationId()).invoke(row -> {
            if (row != null) {
                change.accept(row);
            }
        }).replaceWithVoid();
    }
}
