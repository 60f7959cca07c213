package io.rectify.contracts.notification;

public enum NotificationChannel {
    EMAIL, WEBHOOK
}
