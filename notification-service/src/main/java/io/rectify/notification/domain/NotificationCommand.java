package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;

import java.time.Instant;
import java.util.UUID;

/** What can happen to a notification. */
public sealed interface NotificationCommand {

    /** The command types: the keys of {@link NotificationLifecycle}'s table. */
    enum Type {
        QUEUE, RECORD_DELIVERY, RETRY, CANCEL
    }

    Type commandType();

    /** When the command is decided: the time its rules are checked at. */
    Instant at();

    /** Decides on a notification: the message as it will be delivered, and when. */
    record Queue(UUID caseId, String caseReference, NotificationChannel channel, String recipient, Language language,
                 String template, String subject, String body, UUID subscriptionId, UUID triggeringEventId, Instant dueAt,
                 Instant at) implements NotificationCommand {
        @Override
        public Type commandType() {
            return Type.QUEUE;
        }

    }

    /** The result of one delivery attempt: {@code error} is null when it was accepted. */
    record RecordDelivery(String error, Instant at) implements NotificationCommand {
        @Override
        public Type commandType() {
            return Type.RECORD_DELIVERY;
        }

        public static RecordDelivery accepted(Instant at) {
            return new RecordDelivery(null, at);
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    /** A failed notification is tried again, by hand. */
    record Retry(Instant at) implements NotificationCommand {
        @Override
        public Type commandType() {
            return Type.RETRY;
        }

    }

    record Cancel(String reason, Instant at) implements NotificationCommand {
        @Override
        public Type commandType() {
            return Type.CANCEL;
        }

    }
}
