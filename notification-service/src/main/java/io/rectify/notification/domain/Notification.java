package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.contracts.notification.NotificationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message to one recipient about one case: plain Java, decided and folded like every aggregate. */
public record Notification(UUID id,
                           NotificationStatus status,
                           UUID caseId,
                           String caseReference,
                           NotificationChannel channel,
                           String recipient,
                           Language language,
                           String template,
                           UUID triggeringEventId,
                           Instant queuedAt) {

    public static Notification none(UUID id) {
        return new Notification(id, NotificationStatus.NONE, null, null, null, null, null, null, null, null);
    }

    /** Queues the notification; a notification is queued once. */
    public List<NotificationEvent> queue(UUID caseId, String caseReference, NotificationChannel channel, String recipient,
                                         Language language, Template template, UUID triggeringEventId, Instant now) {
        if (status != NotificationStatus.NONE) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
        return List.of(new NotificationEvent.Queued(id, caseId, caseReference, channel, recipient,
                language == null ? Language.EN : language, template.key(), triggeringEventId, now));
    }

    public Notification apply(NotificationEvent event) {
        if (event instanceof NotificationEvent.Queued queued) {
            return new Notification(queued.notificationId(), NotificationStatus.PENDING, queued.caseId(),
                    queued.caseReference(), queued.channel(), queued.recipient(), queued.language(), queued.template(),
                    queued.triggeringEventId(), queued.queuedAt());
        }
        throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
    }
}
