package io.rectify.notification.domain;

import java.time.Duration;

/**
 * Exponential backoff between delivery attempts: first, twice that, four times, … up to
 * {@code maxInterval}; after {@code maxAttempts} the notification is given up (and can be retried
 * by hand).
 */
public record RetryPolicy(Duration firstInterval, Duration maxInterval, int maxAttempts) {

    public RetryPolicy {
        if (firstInterval.isNegative() || firstInterval.isZero() || maxInterval.compareTo(firstInterval) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs 0 < first interval <= max interval and at least one attempt");
        }
    }

    /** How long to wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration backoffAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration backoff = firstInterval.multipliedBy(1L << doublings);
        return backoff.compareTo(maxInterval) > 0 ? maxInterval : backoff;
    }

    public boolean exhaustedAfter(int attempt) {
        return attempt >= maxAttempts;
    }
}
