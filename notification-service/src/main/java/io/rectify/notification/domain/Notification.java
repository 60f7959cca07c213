package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.contracts.notification.NotificationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message to one recipient about one case, and its delivery: plain Java, decided and folded
 * like every aggregate. The state machine is {@link NotificationLifecycle}'s table.
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
        NotificationLifecycle.TABLE.check(this, command.commandType(), command.at());
        return switch (command) {
            case NotificationCommand.Queue queue -> status != NotificationStatus.NONE
                    ? List.of() // one event tells one recipient one thing once
                    : List.of(new NotificationEvent.Queued(id, queue.caseId(), queue.caseReference(), queue.channel(),
                    queue.recipient(), queue.language() == null ? Language.EN : queue.language(), queue.template(),
                    queue.subject(), queue.body(), queue.subscriptionId(), queue.triggeringEventId(),
                    queue.dueAt() == null ? queue.at() : queue.dueAt(), queue.at()));
            case NotificationCommand.RecordDelivery delivery -> status != NotificationStatus.PENDING
                    ? List.of() // cancelled or delivered meanwhile: a late outcome changes nothing
                    : delivered(delivery, retries);
            case NotificationCommand.Retry retry -> List.of(new NotificationEvent.Retried(id, retry.at()));
            case NotificationCommand.Cancel cancel -> status == NotificationStatus.PENDING
                    ? List.of(new NotificationEvent.Cancelled(id, cancel.reason(), cancel.at()))
                    : List.of();
        };
    }

    private List<NotificationEvent> delivered(NotificationCommand.RecordDelivery delivery, RetryPolicy retries) {
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

    /** The notification after {@code event}: its status from the lifecycle's table, the rest folded here. */
    public Notification evolve(NotificationEvent event) {
        NotificationStatus next = NotificationLifecycle.TABLE.statusAfter(this, event);
        return switch (event) {
            case NotificationEvent.Queued q -> new Notification(q.notificationId(), next, q.caseId(), q.caseReference(),
                    q.channel(), q.recipient(), q.language(), q.template(), q.subject(), q.body(), q.subscriptionId(),
                    q.triggeringEventId(), q.queuedAt(), q.dueAt(), 0, null, null);
            case NotificationEvent.AttemptFailed f -> with(next, f.nextAttemptAt(), f.attempt(), f.error(), null);
            case NotificationEvent.Sent s -> with(next, null, s.attempt(), lastError, s.sentAt());
            case NotificationEvent.Failed f -> with(next, null, f.attempts(), f.error(), null);
            case NotificationEvent.Retried r -> with(next, r.retriedAt(), 0, lastError, null);
            case NotificationEvent.Cancelled c -> with(next, null, attempts, lastError, null);
        };
    }

    private Notification with(NotificationStatus newStatus, Instant next, int attemptCount, String error, Instant sent) {
        return new Notification(id, newStatus, caseId, caseReference, channel, recipient, language, template, subject, body,
                subscriptionId, triggeringEventId, queuedAt, next, attemptCount, error, sent);
    }

    private static String shorten(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500) + "…";
    }
}
