package io.rectify.notification.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.projection.Projection;
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
        // the first event of a notification creates its row; only later ones need to read it
        Uni<NotificationView> row = recorded.version() == 1 ? Uni.createFrom().nullItem() : NotificationView.findById(notification.id());
        return row.chain(existing -> {
            NotificationView view = existing == null ? new NotificationView() : existing;
            view.id = notification.id();
            view.caseId = notification.caseId();
            view.caseReference = notification.caseReference();
            view.channel = notification.channel().name();
            view.recipient = notification.recipient();
            view.language = notification.language().code();
            view.template = notification.template();
            view.subject = notification.subject();
            view.subscriptionId = notification.subscriptionId();
            view.status = notification.status().name();
            view.attempts = notification.attempts();
            view.lastError = notification.lastError();
            view.queuedAt = notification.queuedAt();
            view.nextAttemptAt = notification.nextAttemptAt();
            view.leaseUntil = null;
            view.sentAt = notification.sentAt();
            view.updatedAt = recorded.occurredAt();
            view.version = recorded.version();
            return existing == null ? Panache.getSession().chain(session -> session.persist(view)) : Uni.createFrom().voidItem();
        });
    }
}
