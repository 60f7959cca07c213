package io.rectify.notification.domain;

import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.command.CommandRejectedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 4);

    private Notification queued() {
        Notification none = Notification.none(UUID.randomUUID());
        return run(none, new NotificationCommand.Queue(UUID.randomUUID(), "CMP-2026-000001", NotificationChannel.EMAIL,
                "quality@acme.example", null, "response", "Subject", "Body", null, UUID.randomUUID(), null, T0));
    }

    private static Notification run(Notification notification, NotificationCommand command) {
        Notification next = notification;
        for (NotificationEvent event : notification.decide(command, RETRIES)) {
            next = next.evolve(event);
        }
        return next;
    }

    private static NotificationCommand failure(Instant at) {
        return new NotificationCommand.RecordDelivery("connection refused", at);
    }

    @Test
    void aQueuedNotificationIsDueAtOnceInEnglishUnlessToldOtherwise() {
        Notification queued = queued();
        assertEquals(NotificationStatus.PENDING, queued.status());
        assertEquals(T0, queued.nextAttemptAt());
        assertEquals(Language.EN, queued.language());
        assertEquals(List.of(), queued.decide(new NotificationCommand.Queue(null, null, NotificationChannel.EMAIL, "x", null,
                "response", "s", "b", null, UUID.randomUUID(), null, T0), RETRIES), "queued once");
    }

    @Test
    void failedAttemptsBackOffExponentiallyUpToTheLimitThenGiveUp() {
        Notification n = queued();
        n = run(n, failure(T0));
        assertEquals(T0.plusSeconds(10), n.nextAttemptAt());
        n = run(n, failure(T0));
        assertEquals(T0.plusSeconds(20), n.nextAttemptAt());
        n = run(n, failure(T0));
        assertEquals(T0.plusSeconds(40), n.nextAttemptAt());
        assertEquals(3, n.attempts());
        assertEquals("connection refused", n.lastError());
        assertInstanceOf(NotificationEvent.Failed.class, n.decide(failure(T0), RETRIES).get(0));
        n = run(n, failure(T0));
        assertEquals(NotificationStatus.FAILED, n.status());
        assertEquals(Duration.ofMinutes(1), RETRIES.backoffAfter(30), "capped");
    }

    @Test
    void aSuccessfulAttemptIsSentAndALateOutcomeChangesNothing() {
        Notification sent = run(run(queued(), failure(T0)), NotificationCommand.RecordDelivery.accepted(T0.plusSeconds(10)));
        assertEquals(NotificationStatus.SENT, sent.status());
        assertEquals(2, sent.attempts());
        assertEquals(T0.plusSeconds(10), sent.sentAt());
        assertEquals(List.of(), sent.decide(failure(T0), RETRIES));
    }

    @Test
    void onlyAFailedNotificationIsRetriedAndOnlyAPendingOneCancelled() {
        Notification failed = queued();
        for (int i = 0; i < 4; i++) {
            failed = run(failed, failure(T0));
        }
        Notification retried = run(failed, new NotificationCommand.Retry(T0.plusSeconds(100)));
        assertEquals(NotificationStatus.PENDING, retried.status());
        assertEquals(0, retried.attempts(), "a fresh set of attempts");
        assertEquals(T0.plusSeconds(100), retried.nextAttemptAt());
        Notification pending = queued();
        CommandRejectedException refused = assertThrows(CommandRejectedException.class,
                () -> pending.decide(new NotificationCommand.Retry(T0), RETRIES));
        assertTrue(refused.getMessage().contains("only a FAILED notification"));

        Notification cancelled = run(pending, new NotificationCommand.Cancel("answered", T0));
        assertEquals(NotificationStatus.CANCELLED, cancelled.status());
        assertEquals(List.of(), cancelled.decide(NotificationCommand.RecordDelivery.accepted(T0), RETRIES), "never sent");
        assertEquals(List.of(), run(pending, NotificationCommand.RecordDelivery.accepted(T0))
                .decide(new NotificationCommand.Cancel("late", T0), RETRIES), "a sent one stays sent");
    }
}
