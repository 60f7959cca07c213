package io.rectify.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.outbox.OutboxRows.Entry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Publishes committed events from the outbox to Kafka, at least once and in order per case.
 *
 * <p>One relay per database is active at a time ({@link RelayLeadership}). It runs on its own
 * thread with blocking JDBC and the Kafka producer: none of its waiting ever touches the event
 * loop. This class is the loop; its parts create the topics ({@link OutboxTopics}), read and mark
 * the outbox ({@link OutboxRows}), send ({@link OutboxPublisher}), park ({@link ParkedRecords})
 * and count ({@link OutboxMeters}).
 *
 * <p>It wakes when a command of this instance commits ({@link #wakeUp()}), which keeps the time
 * from commit to Kafka at a few milliseconds without a tight poll. LISTEN/NOTIFY would also reach
 * other instances, but PostgreSQL serialises the commits of notifying transactions, which would
 * cap the write rate of unrelated cases; the slow poll covers what an in-process signal cannot.
 *
 * <p>A record is marked published only after Kafka acknowledged it, and a case's next event is
 * sent only after that; everything unacknowledged is sent again in a later round. Consumers
 * deduplicate on the event id, so a repeat changes nothing.
 *
 * <p>A record Kafka refuses for good (too large, an invalid topic) is parked rather than retried
 * for ever: the relay skips it and its case's later events (which must not overtake it), the other
 * cases go on, and the log, the readiness check and {@code rectify.outbox.parked} say so until an
 * admin retries it ({@link ParkedRecords}). A broker outage never parks anything.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxConfig config;
    private final OutboxTopics topics;
    private final RelayLeadership leadership;
    private final OutboxPublisher publisher;
    private final ParkedRecords parkedRecords;
    private final OutboxMeters meters;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Instant lastPublishedAt;
    private volatile String lastError;
    private Thread thread;
    private Instant lastCount = Instant.EPOCH;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(AgroalDataSource dataSource,
                       OutboxConfig config,
                       @Any Instance<AggregateType<?, ?>> aggregates,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName,
                       ParkedRecords parkedRecords, MeterRegistry metrics, Tracer tracer) {
        this.config = config;
        String clientId = applicationName + "-outbox-relay";
        Set<String> owned = aggregates.stream().map(AggregateType::topic).collect(Collectors.toCollection(TreeSet::new));
        this.topics = new OutboxTopics(owned, config.topicPartitions(), kafkaConfig, clientId);
        this.leadership = new RelayLeadership(dataSource);
        this.publisher = new OutboxPublisher(kafkaConfig, clientId, config.deliveryTimeout(), "/" + applicationName, tracer);
        this.parkedRecords = parkedRecords;
        this.meters = new OutboxMeters(metrics, leadership::leader);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            wakeUp();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a commit that wrote outbox entries; cheap, and coalesces bursts. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    public Status status() {
        boolean leader = leadership.leader();
        return new Status(running, leader, meters.published.get(), leader ? meters.parked.get() : 0, lastPublishedAt, lastError);
    }

    /** {@code parked} is counted by the active relay; a standby instance reports 0. */
    public record Status(boolean running, boolean leader, long published, long parked, Instant lastPublishedAt,
                         String lastError) {
    }

    private void run() {
        long backoffMillis = 0;
        boolean topicsReady = false;
        while (running) {
            try {
                if (!topicsReady) {
                    topicsReady = createTopics();
                }
                boolean moreWaiting = leadership.acquire() && relayOneBatch(leadership.connection());
                purgeOccasionally();
                countOccasionally();
                backoffMillis = 0;
                lastError = null;
                if (!moreWaiting) {
                    awaitWakeUp(config.pollInterval());
                }
            } catch (SQLException e) {
                meters.databaseFailures.increment();
                report("database", e);
                leadership.release();
                backoffMillis = nextBackoff(backoffMillis);
                awaitWakeUp(Duration.ofMillis(backoffMillis));
            } catch (RuntimeException e) {
                meters.kafkaFailures.increment();
                report("kafka", e);
                publisher.close();
                // while Kafka is away is when the backlog and its age matter most
                countDespiteKafka();
                backoffMillis = nextBackoff(backoffMillis);
                awaitWakeUp(Duration.ofMillis(backoffMillis));
            }
        }
        publisher.close();
        leadership.release();
    }

    private boolean createTopics() {
        try {
            topics.create();
            return true;
        } catch (Exception e) {
            report("kafka", e);
            return false;
        }
    }

    /**
     * Sends the oldest waiting event of each case in the batch and marks what Kafka acknowledged.
     *
     * <p>One event per case per round (stop-and-wait per case, parallel across cases) is what
     * keeps a case's events in order through failures: once a send fails, the producer may still
     * write later records of the same partition (an expired batch does not stop the ones behind
     * it, and a timed-out record may be on the log after all). With one unacknowledged event per
     * case, a failure can only ever repeat that event, never overtake it.
     *
     * @return whether more events may be waiting
     */
    private boolean relayOneBatch(Connection connection) throws SQLException {
        List<Entry> fetched = OutboxRows.waiting(connection, config.batchSize());
        if (fetched.isEmpty()) {
            return false;
        }
        Set<UUID> cases = new HashSet<>();
        List<Entry> batch = fetched.stream().filter(entry -> cases.add(entry.event().caseId())).toList();
        OutboxPublisher.Outcome outcome = publisher.send(batch);
        for (OutboxPublisher.Refused refused : outcome.refused()) {
            park(connection, refused.entry(), refused.reason());
        }
        OutboxRows.markPublished(connection, outcome.acknowledged());
        if (!outcome.acknowledged().isEmpty()) {
            meters.published.addAndGet(outcome.acknowledged().size());
            lastPublishedAt = Instant.now();
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return fetched.size() == config.batchSize() || batch.size() < fetched.size();
    }

    private void park(Connection connection, Entry entry, Throwable failure) throws SQLException {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        parkedRecords.park(connection, entry.position(), reason);
        meters.parked.incrementAndGet();
        LOG.errorf("outbox record %d (%s, version %d of case %s) is refused by Kafka for good and parked: %s."
                        + " The case's later events wait, the other cases go on; GET /admin/outbox/parked lists it",
                entry.position(), entry.event().type(), entry.event().version(), entry.event().caseId(), reason);
    }

    /** Refreshes the counts behind the metrics and the readiness check, every few seconds. */
    private void countOccasionally() throws SQLException {
        if (!leadership.leader() || Instant.now().isBefore(lastCount.plusSeconds(5))) {
            return;
        }
        lastCount = Instant.now();
        ParkedRecords.Counts counts = parkedRecords.count(leadership.connection());
        meters.parked.set(counts.parked());
        meters.pending.set(counts.pending());
        meters.oldestPendingAge.set(counts.oldestPending() == null ? 0
                : Math.max(0, Duration.between(counts.oldestPending(), Instant.now()).toMillis()));
    }

    private void countDespiteKafka() {
        try {
            countOccasionally();
        } catch (SQLException e) {
            report("database", e);
            leadership.release();
        }
    }

    /** After an admin's retry: count again and send at once. */
    void retried() {
        lastCount = Instant.EPOCH;
        wakeUp();
    }

    private void purgeOccasionally() throws SQLException {
        if (!leadership.leader() || Instant.now().isBefore(lastPurge.plus(Duration.ofMinutes(10)))) {
            return;
        }
        lastPurge = Instant.now();
        OutboxRows.purge(leadership.connection(), config.retention());
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static long nextBackoff(long current) {
        return Math.min(5_000, Math.max(100, current * 2));
    }

    private void report(String what, Exception e) {
        String message = what + ": " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
        if (!message.equals(lastError)) {
            LOG.warnf("outbox relay cannot publish now (%s); events stay in the outbox and are retried", message);
        }
        lastError = message;
    }
}
