package io.rectify.notification.service;

import io.rectify.notification.domain.RetryPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Who the quality team is, when customers are asked to follow up, and how hard delivery tries. */
@ConfigMapping(prefix = "rectify.notifications")
public interface NotificationSettings {

    /** Where internal alerts go: new CARs, missed deadlines, overdue actions. */
    @WithDefault("quality@rectify.local")
    String qualityTeam();

    /** Where customers reach complaint-service's survey page: the closure mail links to {@code <survey-url>/survey/<case id>}. */
    @WithDefault("http://localhost:8081")
    String surveyUrl();

    /** How long after the response the customer is asked whether the action is effective. */
    @WithDefault("P14D")
    Duration followUpAfter();

    /** The wait after the first failed attempt; it doubles with every further one. */
    @WithDefault("10s")
    Duration firstRetry();

    @WithDefault("PT1H")
    Duration maxRetryInterval();

    /** Attempts before a notification is given up as FAILED (24 attempts last about a day). */
    @WithDefault("24")
    int maxAttempts();

    /** How long one delivery (an SMTP exchange, a webhook call) may take. */
    @WithDefault("10s")
    Duration deliveryTimeout();

    /** How often due notifications are looked for (the delivery worker's round). */
    @WithDefault("1s")
    Duration dispatchEvery();

    /** Deliveries under way at once; more wait for the next round. */
    @WithDefault("32")
    int maxInFlight();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry(), maxRetryInterval(), maxAttempts());
    }
}
