package io.rectify.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.kafka.ProducerSettings;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Publishes committed events from the outbox to Kafka, at least once and in order per case.
 *
 * <p>One relay per database is active at a time: it holds a PostgreSQL advisory lock on its own
 * connection, so further instances of a service stand by instead of racing it (which would
 * reorder a case's events). It runs on its own thread with blocking JDBC and the Kafka producer:
 * none of its waiting ever touches the event loop.
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

    /** The advisory lock whose holder is the one active relay of a database. */
    private static final long LEADER_LOCK = 0x5245435449465901L;

    private static final String FETCH = """
            select o.position, o.topic, e.event_id, e.stream_type, e.stream_id, e.version, e.case_id, e.event_type,
                   e.data::text, e.actor, e.actor_id, e.correlation_id, e.causation_id, e.occurred_at
              from outbox o join events e on e.position = o.position
             where o.published_at is null and o.parked_at is null
               and e.case_id not in (select pe.case_id from outbox p join events pe on pe.position = p.position
                                      where p.parked_at is not null and p.published_at is null)
             order by o.position
             limit ?""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Set<String> topics;
    private final Map<String, Object> kafkaConfig;
    private final String source;
    private final String clientId;

    private final ParkedRecords parkedRecords;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong publishedCount = new AtomicLong();
    private final AtomicLong parkedCount = new AtomicLong();
    private final AtomicLong pendingCount = new AtomicLong();
    private Instant lastCount = Instant.EPOCH;
    private volatile boolean running;
    private volatile boolean leader;
    private volatile Instant lastPublishedAt;
    private volatile String lastError;
    private Thread thread;
    private Connection connection;
    private Producer<String, byte[]> producer;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(AgroalDataSource dataSource,
                       OutboxConfig config,
                       @Any Instance<AggregateType<?, ?>> aggregates,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName,
                       ParkedRecords parkedRecords, MeterRegistry metrics) {
        this.parkedRecords = parkedRecords;
        this.dataSource = dataSource;
        this.config = config;
        this.topics = aggregates.stream().map(AggregateType::topic).collect(Collectors.toCollection(TreeSet::new));
        this.kafkaConfig = kafkaConfig;
        this.source = "/" + applicationName;
        this.clientId = applicationName + "-outbox-relay";
        FunctionCounter.builder("rectify.outbox.published", publishedCount, AtomicLong::get)
                .description("Events this instance published to Kafka").register(metrics);
        Gauge.builder("rectify.outbox.parked", parkedCount, AtomicLong::get)
                .description("Outbox records Kafka refused for good, waiting for an admin (counted by the active relay)")
                .register(metrics);
        Gauge.builder("rectify.outbox.pending", pendingCount, AtomicLong::get)
                .description("Committed events not yet on Kafka (counted by the active relay)").register(metrics);
        Gauge.builder("rectify.outbox.active", () -> leader ? 1 : 0)
                .description("1 on the instance whose relay publishes the outbox").register(metrics);
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

    /** The source attribute of this service's CloudEvents, e.g. {@code /complaint-service}. */
    public String source() {
        return source;
    }

    public Status status() {
        return new Status(running, leader, publishedCount.get(), leader ? parkedCount.get() : 0, lastPublishedAt, lastError);
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
                boolean moreWaiting = acquireLeadership() && relayOneBatch();
                purgeOccasionally();
                countOccasionally();
                backoffMillis = 0;
                lastError = null;
                if (!moreWaiting) {
                    awaitWakeUp(config.pollInterval());
                }
            } catch (SQLException e) {
                report("database", e);
                closeConnection();
                backoffMillis = nextBackoff(backoffMillis);
                awaitWakeUp(Duration.ofMillis(backoffMillis));
            } catch (RuntimeException e) {
                report("kafka", e);
                closeProducer();
                backoffMillis = nextBackoff(backoffMillis);
                awaitWakeUp(Duration.ofMillis(backoffMillis));
            }
        }
        closeProducer();
        closeConnection();
    }

    /**
     * The service owns its topic and creates it with the partitions the contract needs, before
     * the first event, so consumers are assigned partitions as soon as they start. An existing
     * topic is left as it is.
     */
    private boolean createTopics() {
        if (topics.isEmpty()) {
            return true;
        }
        Map<String, Object> settings = ProducerSettings.only(kafkaConfig, AdminClientConfig.configNames());
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-admin");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(settings)) {
            List<NewTopic> missing = topics.stream()
                    .map(topic -> new NewTopic(topic, Optional.of(config.topicPartitions()), Optional.empty()))
                    .toList();
            for (var creation : admin.createTopics(missing).values().entrySet()) {
                try {
                    creation.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("created topic %s with %d partitions", creation.getKey(), config.topicPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return true;
        } catch (Exception e) {
            report("kafka", e instanceof ExecutionException ? (Exception) e.getCause() : e);
            return false;
        }
    }

    private boolean acquireLeadership() throws SQLException {
        if (connection == null || connection.isClosed()) {
            leader = false;
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        if (!leader) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LEADER_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    leader = rs.next() && rs.getBoolean(1);
                }
            }
            if (leader) {
                LOG.info("outbox relay active: this instance publishes the outbox");
            }
        }
        return leader;
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
    private boolean relayOneBatch() throws SQLException {
        List<Entry> fetched = fetch();
        if (fetched.isEmpty()) {
            return false;
        }
        Set<UUID> cases = new HashSet<>();
        List<Entry> batch = fetched.stream().filter(entry -> cases.add(entry.event().caseId())).toList();
        Producer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        RuntimeException sendFailure = null;
        List<Entry> sent = new ArrayList<>(batch.size());
        for (Entry entry : batch) {
            try {
                sends.add(kafka.send(CloudEventsKafka.toRecord(entry.topic(), CloudEventsKafka.of(entry.event(), source))));
                sent.add(entry);
            } catch (RuntimeException e) {
                if (refusedForGood(e)) {
                    park(entry, e);
                    continue;
                }
                // no metadata within max.block.ms (broker unreachable): this and the rest wait for the next round
                sendFailure = e;
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        long deadline = System.nanoTime() + config.deliveryTimeout().plusSeconds(5).toNanos();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(sent.get(i).position());
            } catch (ExecutionException e) {
                if (refusedForGood(e.getCause())) {
                    park(sent.get(i), e.getCause());
                } else {
                    sendFailure = sendFailure == null ? new IllegalStateException(e.getCause() == null ? e : e.getCause()) : sendFailure;
                }
            } catch (TimeoutException e) {
                sendFailure = sendFailure == null ? new IllegalStateException(e) : sendFailure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
        }
        markPublished(acknowledged);
        if (sendFailure != null) {
            throw sendFailure;
        }
        return fetched.size() == config.batchSize() || batch.size() < fetched.size();
    }

    private List<Entry> fetch() throws SQLException {
        List<Entry> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FETCH)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long position = rs.getLong(1);
                    RecordedEvent event = new RecordedEvent(position, rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getObject(5, UUID.class), rs.getLong(6), rs.getObject(7, UUID.class), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class),
                            rs.getObject(13, UUID.class), rs.getTimestamp(14).toInstant());
                    batch.add(new Entry(position, rs.getString(2), event));
                }
            }
        }
        return batch;
    }

    private void markPublished(List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set published_at = now() where position = any(?)")) {
            Array array = connection.createArrayOf("bigint", positions.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
        publishedCount.addAndGet(positions.size());
        lastPublishedAt = Instant.now();
    }

    /**
     * What Kafka will refuse however often it is sent; everything else (timeouts, a broker that
     * is down or electing a leader) is retried.
     */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof InvalidRecordException
                || failure instanceof SerializationException;
    }

    private void park(Entry entry, Throwable failure) throws SQLException {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        parkedRecords.park(connection, entry.position(), reason);
        parkedCount.incrementAndGet();
        LOG.errorf("outbox record %d (%s, version %d of case %s) is refused by Kafka for good and parked: %s."
                        + " The case's later events wait, the other cases go on; GET /admin/outbox/parked lists it",
                entry.position(), entry.event().type(), entry.event().version(), entry.event().caseId(), reason);
    }

    /** Refreshes the counts behind the metrics and the readiness check, every few seconds. */
    private void countOccasionally() throws SQLException {
        if (!leader || Instant.now().isBefore(lastCount.plusSeconds(5))) {
            return;
        }
        lastCount = Instant.now();
        ParkedRecords.Counts counts = parkedRecords.count(connection);
        parkedCount.set(counts.parked());
        pendingCount.set(counts.pending());
    }

    /** After an admin's retry: count again and send at once. */
    void retried() {
        lastCount = Instant.EPOCH;
        wakeUp();
    }

    private void purgeOccasionally() throws SQLException {
        if (!leader || Instant.now().isBefore(lastPurge.plus(Duration.ofMinutes(10)))) {
            return;
        }
        lastPurge = Instant.now();
        try (PreparedStatement purge = connection.prepareStatement(
                "delete from outbox where published_at < now() - make_interval(secs => ?)")) {
            purge.setLong(1, config.retention().toSeconds());
            purge.executeUpdate();
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> settings = ProducerSettings.reliable(kafkaConfig, clientId);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            // Kafka insists on delivery >= linger + request timeout
            int delivery = (int) config.deliveryTimeout().toMillis();
            int request = Math.max(500, Math.min(10_000, delivery / 2));
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, request);
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(delivery, request + 1));
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(delivery, 10_000));
            producer = new KafkaProducer<>(settings);
        }
        return producer;
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

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("closing the Kafka producer", e);
            }
            producer = null;
        }
    }

    private void closeConnection() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the relay's connection", e);
            }
            connection = null;
        }
    }

    private record Entry(long position, String topic, RecordedEvent event) {
    }
}
