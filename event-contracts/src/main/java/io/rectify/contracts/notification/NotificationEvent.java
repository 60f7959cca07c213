package io.rectify.contracts.notification;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.common.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * Every state change of a notification: what was to be told to whom, each attempt to deliver
 * it, and whether it arrived.
 *
 * <pre>
 * queued -> PENDING -(attempt-failed)-> PENDING ... -(sent)-> SENT
 *                                               \-(failed: out of attempts)-> FAILED
 *                  \-(cancelled: no longer needed, e.g. a follow-up request the customer answered already)-> CANCELLED
 * </pre>
 */
public sealed interface NotificationEvent {

    /** The type names of all notification events. */
    EventTypes<NotificationEvent> TYPES = EventTypes.of(NotificationEvent.class);

    UUID notificationId();

    /**
     * A notification was decided on and waits to be delivered, not before {@code dueAt}.
     *
     * @param template          what it says, e.g. {@code receipt-acknowledgement}; for a webhook, the event type
     * @param subject           the mail's subject as rendered for the recipient (null for a webhook)
     * @param body              the mail's text, or the webhook's structured CloudEvent, exactly as it is delivered
     * @param subscriptionId    the webhook subscription it is delivered for (null for a mail)
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
                  String subject,
                  String body,
                  UUID subscriptionId,
                  UUID triggeringEventId,
                  Instant dueAt,
                  Instant queuedAt) implements NotificationEvent {
    }

    /** A delivery attempt failed; the next one is due at {@code nextAttemptAt}. */
    @EventType("io.rectify.notification.attempt-failed.v1")
    record AttemptFailed(UUID notificationId, int attempt, String error, Instant nextAttemptAt, Instant failedAt)
            implements NotificationEvent {
    }

    /** The SMTP server or the webhook endpoint accepted the notification. */
    @EventType("io.rectify.notification.sent.v1")
    record Sent(UUID notificationId, int attempt, Instant sentAt) implements NotificationEvent {
    }

    /** Delivery was given up after {@code attempts} attempts; it can be retried by hand. */
    @EventType("io.rectify.notification.failed.v1")
    record Failed(UUID notificationId, int attempts, String error, Instant failedAt) implements NotificationEvent {
    }

    /** A failed notification is tried again, by hand. */
    @EventType("io.rectify.notification.retried.v1")
    record Retried(UUID notificationId, Instant retriedAt) implements NotificationEvent {
    }

    /** The notification is no longer needed and will not be sent. */
    @EventType("io.rectify.notification.cancelled.v1")
    record Cancelled(UUID notificationId, String reason, Instant cancelledAt) implements NotificationEvent {
    }
}
