package io.rectify.contracts.notification;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.common.Language;

import java.time.Instant;
import java.util.UUID;

/** Every state change of a notification: what was to be told to whom, and whether it arrived. */
public sealed interface NotificationEvent {

    /** The type names of all notification events. */
    EventTypes<NotificationEvent> TYPES = EventTypes.of(NotificationEvent.class);

    UUID notificationId();

    /**
     * A notification was decided on and waits to be delivered.
     *
     * @param template          what it says, e.g. {@code receipt-acknowledgement}
     * @param triggeringEventId the event that made it necessary
     */
    @EventType("io.rectify.notification.queued.v1")
    record Queued(UUID notificationId,
                  UUID caseId,
                  String caseReference,
                  NotificationChannel channel,
                  String recipient,
                  Language language,
                  String template,
                  UUID triggeringEventId,
                  Instant queuedAt) implements NotificationEvent {
    }
}
