package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;

import java.time.Instant;
import java.util.UUID;

/** What can happen to a notification. */
public sealed interface NotificationCommand {

    /** Decides on a notification: the message as it will be delivered, and when. */
    record Queue(UUID caseId, String caseReference, NotificationChannel channel, String recipient, Language language,
                 String template, String subject, String body, UUID subscriptionId, UUID triggeringEventId, Instant dueAt,
                 Instant at) implements NotificationCommand {
    }

    /** The result of one delivery attempt: {@code error} is null when it was accepted. */
    record RecordDelivery(String error, Instant at) implements NotificationCommand {
        public static RecordDelivery accepted(Instant at) {
            return new RecordDelivery(null, at);
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    /** A failed notification is tried again, by hand. */
    record Retry(Instant at) implements NotificationCommand {
        public static final String NAME = "retry";
    }

    record Cancel(String reason, Instant at) implements NotificationCommand {
    }
}
