package io.rectify.notification.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.notification.domain.Notification;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Notifications for {@code /q/metrics}: how many there are by status and channel (read from the
 * view every 15 s, the same figure on every replica: take the max, not the sum), and each delivery
 * attempt by channel and outcome (counted by the instance that made it: sum them).
 */
@ApplicationScoped
public class NotificationMeters {

    private static final String DELIVERIES = "rectify.notification.deliveries";

    private final MeterRegistry registry;
    private final Pool pool;
    private final Map<String, AtomicLong> byStatus = new ConcurrentHashMap<>();

    public NotificationMeters(MeterRegistry registry, Pool pool) {
        this.registry = registry;
        this.pool = pool;
    }

    /** Every series from the start, at 0: rate() and increase() need two samples. */
    void initialise(@Observes StartupEvent startup) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            for (String outcome : new String[] {"sent", "retry", "failed", "cancelled"}) {
                registry.counter(DELIVERIES, "channel", channel.name(), "outcome", outcome);
            }
        }
    }

    /** One attempt to deliver {@code before}, which left it as {@code after}. */
    public void attempted(Notification before, Notification after) {
        String outcome = switch (after.status()) {
            case SENT -> "sent";
            case FAILED -> "failed";
            case PENDING -> "retry";
            case CANCELLED, NONE -> "cancelled";
        };
        registry.counter(DELIVERIES, "channel", before.channel().name(), "outcome", outcome).increment();
    }

    @Scheduled(every = "${rectify.metrics.notification-status-every:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> countByStatus() {
        return pool.query("select status, channel, count(*) as n from notification_view group by status, channel")
                .execute()
                .invoke(rows -> {
                    Set<String> seen = new HashSet<>();
                    for (Row row : rows) {
                        seen.add(gauge(row.getString("status"), row.getString("channel")).getKey());
                        byStatus.get(key(row.getString("status"), row.getString("channel"))).set(row.getLong("n"));
                    }
                    byStatus.forEach((key, count) -> {
                        if (!seen.contains(key)) {
                            count.set(0);
                        }
                    });
                })
                .replaceWithVoid();
    }

    private Map.Entry<String, AtomicLong> gauge(String status, String channel) {
        String key = key(status, channel);
        AtomicLong count = byStatus.computeIfAbsent(key, ignored -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("rectify.notifications", value, AtomicLong::get)
                    .description("Notifications by status and channel, from the notification view")
                    .tag("status", status).tag("channel", channel).register(registry);
            return value;
        });
        return Map.entry(key, count);
    }

    private static String key(String status, String channel) {
        return status + "|" + channel;
    }
}
