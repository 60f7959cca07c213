package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.command.CommandRejectedException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message to one recipient about one case, and its delivery: plain Java, decided and folded
 * like every aggregate. The state machine is in {@link NotificationEvent}'s description.
 *
 * @param attempts      delivery attempts since it was queued or last retried by hand
 * @param nextAttemptAt when the next delivery is due (null unless PENDING)
 */
public record Notification(UUID id,
                           NotificationStatus status,
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
                           Instant queuedAt,
                           Instant nextAttemptAt,
                           int attempts,
                           String lastError,
                           Instant sentAt) {

    public static Notification none(UUID id) {
        return new Notification(id, NotificationStatus.NONE, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, null, null);
    }

    public List<NotificationEvent> decide(NotificationCommand command, RetryPolicy retries) {
        if (command instanceof NotificationCommand.Queue queue) {
            if (status != NotificationStatus.NONE) {
                return List.of(); // one event tells one recipient one thing once
            }
            return List.of(new NotificationEvent.Queued(id, queue.caseId(), queue.caseReference(), queue.channel(),
                    queue.recipient(), queue.language() == null ? Language.EN : queue.language(), queue.template(),
                    queue.subject(), queue.body(), queue.subscriptionId(), queue.triggeringEventId(),
                    queue.dueAt() == null ? queue.at() : queue.dueAt(), queue.at()));
        }
        if (command instanceof NotificationCommand.RecordDelivery delivery) {
            if (status != NotificationStatus.PENDING) {
                return List.of(); // cancelled or delivered meanwhile: a late outcome changes nothing
            }
            int attempt = attempts + 1;
            if (delivery.succeeded()) {
                return List.of(new NotificationEvent.Sent(id, attempt, delivery.at()));
            }
            String error = shorten(delivery.error());
            return retries.exhaustedAfter(attempt)
                    ? List.of(new NotificationEvent.Failed(id, attempt, error, delivery.at()))
                    : List.of(new NotificationEvent.AttemptFailed(id, attempt, error,
                    delivery.at().plus(retries.backoffAfter(attempt)), delivery.at()));
        }
        if (command instanceof NotificationCommand.Retry retry) {
            if (status != NotificationStatus.FAILED) {
                throw new CommandRejectedException(NotificationCommand.Retry.NAME, status.name(), List.of(),
                        "only a FAILED notification can be retried; this one is " + status);
            }
            return List.of(new NotificationEvent.Retried(id, retry.at()));
        }
        if (command instanceof NotificationCommand.Cancel cancel) {
            return status == NotificationStatus.PENDING
                    ? List.of(new NotificationEvent.Cancelled(id, cancel.reason(), cancel.at()))
                    : List.of();
        }
        throw new IllegalArgumentException("unhandled command " + command);
    }

    public Notification apply(NotificationEvent event) {
        if (event instanceof NotificationEvent.Queued q) {
            return new Notification(q.notificationId(), NotificationStatus.PENDING, q.caseId(), q.caseReference(), q.channel(),
                    q.recipient(), q.language(), q.template(), q.subject(), q.body(), q.subscriptionId(),
                    q.triggeringEventId(), q.queuedAt(), q.dueAt(), 0, null, null);
        }
        if (event instanceof NotificationEvent.AttemptFailed f) {
            return with(NotificationStatus.PENDING, f.nextAttemptAt(), f.attempt(), f.error(), null);
        }
        if (event instanceof NotificationEvent.Sent s) {
            return with(NotificationStatus.SENT, null, s.attempt(), lastError, s.sentAt());
        }
        if (event instanceof NotificationEvent.Failed f) {
            return with(NotificationStatus.FAILED, null, f.attempts(), f.error(), null);
        }
        if (event instanceof NotificationEvent.Retried r) {
            return with(NotificationStatus.PENDING, r.retriedAt(), 0, lastError, null);
        }
        if (event instanceof NotificationEvent.Cancelled c) {
            return with(NotificationStatus.CANCELLED, null, attempts, lastError, null);
        }
        throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
    }

    private Notification with(NotificationStatus newStatus, Instant next, int attemptCount, String error, Instant sent) {
        return new Notification(id, newStatus, caseId, caseReference, channel, recipient, language, template, subject, body,
                subscriptionId, triggeringEventId, queuedAt, next, attemptCount, error, sent);
    }

    private static String shorten(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500) + "…";
    }
}
