package io.rectify.notification.domain;

import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.lifecycle.Lifecycle;
import io.rectify.eventsourcing.lifecycle.Rule;
import io.rectify.notification.domain.NotificationCommand.Type;

import java.util.EnumSet;

import static io.rectify.notification.domain.NotificationStatus.CANCELLED;
import static io.rectify.notification.domain.NotificationStatus.FAILED;
import static io.rectify.notification.domain.NotificationStatus.PENDING;
import static io.rectify.notification.domain.NotificationStatus.SENT;

/**
 * A notification's state machine, in one place:
 * <pre>
 * queued --> PENDING --attempt failed--> PENDING --sent--> SENT
 *                    --last attempt failed--> FAILED --retried by hand--> PENDING
 *                    --cancelled--> CANCELLED
 * </pre>
 * Delivery outcomes and cancellations arrive late or twice; the notification ignores what no
 * longer applies instead of refusing it, so they are allowed in every status.
 */
public final class NotificationLifecycle {

    public static final Lifecycle<Notification, Type, NotificationEvent, NotificationStatus> TABLE = Lifecycle
            .<Notification, Type, NotificationEvent, NotificationStatus>of(Type.class, NotificationLifecycle::rule,
                    Notification::status)
            .on(NotificationEvent.Queued.class, PENDING)
            .on(NotificationEvent.AttemptFailed.class, PENDING)
            .on(NotificationEvent.Sent.class, SENT)
            .on(NotificationEvent.Failed.class, FAILED)
            .on(NotificationEvent.Retried.class, PENDING)
            .on(NotificationEvent.Cancelled.class, CANCELLED)
            .outOfOrder((notification, command) -> "is not possible: only a FAILED notification can be retried; this one is "
                    + notification.status())
            .build();

    private NotificationLifecycle() {
    }

    private static Rule<Notification, NotificationStatus> rule(Type command) {
        return switch (command) {
            case QUEUE, RECORD_DELIVERY, CANCEL -> Rule.<Notification, NotificationStatus>from(EnumSet.allOf(NotificationStatus.class))
                    .internal();
            case RETRY -> Rule.from(FAILED);
        };
    }
}
