package io.rectify.notification.domain;

public enum NotificationStatus {
    /** No notification yet. */
    NONE,
    /** Decided on, waiting to be delivered (again, after a failed attempt). */
    PENDING,
    /** Accepted by the SMTP server or the webhook endpoint. */
    SENT,
    /** Given up after the last attempt; may be retried by hand. */
    FAILED,
    /** No longer needed; never sent. */
    CANCELLED
}
