package io.rectify.notification.domain;

public enum NotificationStatus {
    /** No notification yet. */
    NONE,
    /** Decided on, waiting to be delivered. */
    PENDING,
    SENT,
    FAILED
}
