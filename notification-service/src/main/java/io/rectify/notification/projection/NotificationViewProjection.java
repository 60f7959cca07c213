package io.rectify.notification.projection;

import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.rectify.notification.domain.Notification;
import io.rectify.notification.domain.NotificationAggregate;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Keeps {@code notification_view} equal to the fold of each notification's events. */
@ApplicationScoped
public class NotificationViewProjection implements Projection<Notification, NotificationEvent> {

    public static final String NAME = "notification-view";

    private static final ViewTable VIEW = ViewTable.keyed("notification_view", "id", "case_id", "case_reference", "channel",
            "recipient", "language", "template", "subject", "subscription_id", "status", "attempts", "last_error", "queued_at",
            "next_attempt_at", "lease_until", "sent_at", "updated_at", "version");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String streamType() {
        return NotificationAggregate.STREAM_TYPE;
    }

    @Override
    public Uni<Void> forget(List<UUID> notificationIds) {
        return NotificationView.delete("id in ?1", notificationIds).replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(NotificationEvent event, Notification notification, RecordedEvent recorded) {
        return VIEW.write(row(notification, recorded));
    }

    @Override
    public Uni<Void> restore(List<Replayed<Notification, NotificationEvent>> notifications) {
        return VIEW.write(notifications.stream().map(replayed -> row(replayed.state(), replayed.last())).toList());
    }

    /** A new state ends the lease of the delivery that led to it. */
    private static Object[] row(Notification notification, RecordedEvent recorded) {
        return new Object[] {notification.id(), notification.caseId(), notification.caseReference(),
                notification.channel().name(), notification.recipient(), notification.language().code(),
                notification.template(), notification.subject(), notification.subscriptionId(), notification.status().name(),
                notification.attempts(), notification.lastError(), notification.queuedAt(), notification.nextAttemptAt(),
                null, notification.sentAt(), recorded.occurredAt(), recorded.version()};
    }
}
