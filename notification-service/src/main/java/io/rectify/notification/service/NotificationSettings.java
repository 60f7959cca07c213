package io.rectify.notification.service;

import io.rectify.notification.domain.RetryPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * Webhook targets inside the network that may be used all the same: {@code host}, {@code host:port}
     * or an address block ({@code 10.20.0.0/16}); none by default.
     */
    Optional<List<String>> webhookAllowedTargets();

    /** Webhook subscriptions one integrator may have. */
    @WithDefault("20")
    int maxSubscriptionsPerIntegrator();

    /** A subscription whose every delivery failed for this long is suspended until its owner resumes it. */
    @WithDefault("PT24H")
    Duration webhookSuspendAfter();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry(), maxRetryInterval(), maxAttempts());
    }
}
