package io.rectify.system;

import io.rectify.localstack.LocalStack;
import io.rectify.localstack.MailCatcher;
import io.rectify.localstack.PostgresServer;
import io.rectify.localstack.Service;
import io.rectify.localstack.ServiceProcess;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults under load, each ending with counts that must match: every event committed in the
 * complaints database is on Kafka (none missing, each case's events in order), every effect of
 * it happened once (one CAR per corrective action request, one receipt notification per
 * complaint), and the mails went out. The load files complaints as the CRM does; every fifth case
 * is taken on to a corrective action request, which car-service answers with a CAR.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final String RECEIVED = "io.rectify.complaint.received.v1";
    private static final String CAR_REQUESTED = "io.rectify.complaint.corrective-action-requested.v1";

    @Test
    @Order(1)
    void killingEachServiceUnderLoadLosesNoEventAndAppliesEachOnce() throws Exception {
        LocalStack stack = RunningSystem.stack();
        Instant since = Instant.now().minusSeconds(1);
        Map<String, Integer> mailsBefore = mailsByRecipient();
        Load load = Load.start("KILL", 4, List.of(stack.service(Service.COMPLAINT).url()));
        try {
            Thread.sleep(4_000);
            for (Service service : List.of(Service.COMPLAINT, Service.CAR, Service.NOTIFICATION)) {
                ServiceProcess process = stack.service(service);
                process.kill();
                System.out.println("[fault] killed " + service.moduleName() + " (kill -9) under load");
                Thread.sleep(1_500);
                stack.restart(process);
                System.out.println("[fault] " + service.moduleName() + " is back");
                Thread.sleep(3_000);
            }
        } finally {
            load.close();
        }
        Counts counts = verify(since, mailsBefore);
        assertEquals(List.of(), load.failures, "every answer was 201/200 or a refused connection to a killed instance");
        System.out.printf("[fault] kill -9 of each service: %s%n", counts);
    }

    @Test
    @Order(2)
    void theBrokerStoppedForTwentySecondsUnderLoadDelaysEventsAndLosesNone() throws Exception {
        LocalStack stack = RunningSystem.stack();
        Instant since = Instant.now().minusSeconds(1);
        Map<String, Integer> mailsBefore = mailsByRecipient();
        Load load = Load.start("BROKER", 4, List.of(stack.service(Service.COMPLAINT).url()));
        try {
            Thread.sleep(3_000);
            stack.kafka().stop();
            System.out.println("[fault] Kafka stopped under load");
            int before = load.filed.get();
            Thread.sleep(20_000);
            int during = load.filed.get() - before;
            stack.kafka().start(Duration.ofSeconds(90));
            System.out.println("[fault] Kafka is back; " + during + " complaints filed while it was away");
            assertTrue(during > 0, "intake went on while the broker was away");
            Thread.sleep(3_000);
        } finally {
            load.close();
        }
        assertEquals(List.of(), load.failures, "every filing answered 201, with the broker away too");
        Counts counts = verify(since, mailsBefore);
        assertEquals(0, counts.duplicateMails(), "a broker outage sends no mail twice");
        System.out.printf("[fault] Kafka stopped for 20 s: %s%n", counts);
    }

    @Test
    @Order(3)
    void twoInstancesOfEachServiceShareTheWorkWithoutDuplicatesAndTheRelayFailsOver() throws Exception {
        LocalStack stack = RunningSystem.stack();
        Map<Service, ServiceProcess> second = new HashMap<>();
        for (Service service : Service.values()) {
            second.put(service, stack.startAnotherInstance(service));
        }
        ServiceProcess first = stack.service(Service.COMPLAINT);
        Instant since = Instant.now().minusSeconds(1);
        Map<String, Integer> mailsBefore = mailsByRecipient();
        ServiceProcess killed;
        Load load = Load.start("PAIR", 4, List.of(first.url(), second.get(Service.COMPLAINT).url()));
        try {
            Thread.sleep(5_000);
            // the instance whose relay publishes the outbox dies; the other takes the relay over
            killed = relayActive(first) ? first : second.get(Service.COMPLAINT);
            ServiceProcess survivor = killed == first ? second.get(Service.COMPLAINT) : first;
            assertTrue(relayActive(killed) && !relayActive(survivor), "exactly one relay is active");
            killed.kill();
            System.out.println("[fault] killed the complaint-service instance with the active relay");
            await().atMost(Duration.ofSeconds(30)).until(() -> relayActive(survivor));
            System.out.println("[fault] the other instance's relay took over");
            Thread.sleep(5_000);
        } finally {
            load.close();
        }
        Counts counts = verify(since, mailsBefore);
        assertEquals(List.of(), load.failures, "every answer was 201/200 or a refused connection to the killed instance");
        assertEquals(0, counts.duplicateMails(), "two notification-service instances send each mail once");
        System.out.printf("[fault] two instances of each service, relay failover: %s%n", counts);
        for (ServiceProcess extra : second.values()) {
            extra.stop();
        }
        if (killed == first) {
            stack.restart(first);
        }
    }

    private static boolean relayActive(ServiceProcess instance) {
        try {
            Boolean active = SystemUsers.as(SystemUsers.ADA, instance.service()).baseUri(instance.url())
                    .get("/admin/outbox").then().statusCode(200).extract().path("active");
            return Boolean.TRUE.equals(active);
        } catch (Exception unreachable) {
            // RestAssured passes a refused connection on undeclared
            return false;
        }
    }

    // ---- the counts that must match ----------------------------------------------------------

    record Counts(int committed, String perStore, int published, int duplicatesOnKafka, int cases, int cars, int mails,
                  int duplicateMails) {
        @Override
        public String toString() {
            return committed + " events committed (" + perStore + "), " + published + " of them on Kafka (" + duplicatesOnKafka
                    + " sent twice, none missing, each stream in order), "
                    + cases + " cases, " + cars + " CARs for as many requests, as many receipt notifications as cases, "
                    + mails + " mails (" + duplicateMails + " repeated)";
        }
    }

    /** Mails received so far, by recipient: the quality team's address also gets the mails of earlier tests. */
    private static Map<String, Integer> mailsByRecipient() {
        Map<String, Integer> mailsTo = new HashMap<>();
        for (MailCatcher.Mail mail : RunningSystem.stack().mail().mails()) {
            mailsTo.merge(mail.to(), 1, Integer::sum);
        }
        return mailsTo;
    }

    private static Counts verify(Instant since, Map<String, Integer> mailsBefore) throws Exception {
        LocalStack stack = RunningSystem.stack();
        Set<String> cases = new HashSet<>();
        Set<String> carRequests = new HashSet<>();
        for (String[] event : query("complaints", "select case_id::text, event_type from events"
                + " where occurred_at >= ? and event_type in (?, ?)", since, RECEIVED, CAR_REQUESTED)) {
            (event[1].equals(RECEIVED) ? cases : carRequests).add(event[0]);
        }

        // applied once: one CAR per corrective action request, one receipt notification per complaint, all sent
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertEquals(carRequests,
                new HashSet<>(column(query("cars", "select complaint_id::text from car_view where complaint_id::text = any(?)",
                        (Object) carRequests.toArray(String[]::new))))));
        List<String[]> cars = query("cars", "select complaint_id::text, count(*) from car_view where complaint_id::text = any(?)"
                + " group by complaint_id having count(*) > 1", (Object) carRequests.toArray(String[]::new));
        assertEquals(0, cars.size(), "complaints with more than one CAR");
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertEquals(cases.size(), query("notifications",
                "select case_id from notification_view where template = 'receipt-acknowledgement' and status = 'SENT'"
                        + " and case_id::text = any(?)", (Object) cases.toArray(String[]::new)).size(), "receipts sent"));
        List<String[]> repeated = query("notifications", "select case_id::text, count(*) from notification_view"
                + " where template = 'receipt-acknowledgement' and case_id::text = any(?) group by case_id having count(*) > 1",
                (Object) cases.toArray(String[]::new));
        assertEquals(0, repeated.size(), "cases with more than one receipt notification");

        // the mails: as many to each case's address as mail notifications were sent to it
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertEquals(List.of(), query("notifications",
                "select id::text, status from notification_view where channel = 'EMAIL' and status <> 'SENT'"
                        + " and case_id::text = any(?)", (Object) cases.toArray(String[]::new)), "mail notifications not sent"));
        Map<String, Integer> mailsTo = mailsByRecipient();
        int mails = 0;
        int repeatedMails = 0;
        // the customers' own addresses: the quality team's also gets the mails of every other case meanwhile
        for (String[] row : query("notifications", "select recipient, count(*) from notification_view where channel = 'EMAIL'"
                + " and recipient like '%@customer.example' and case_id::text = any(?) group by recipient",
                (Object) cases.toArray(String[]::new))) {
            int notified = Integer.parseInt(row[1]);
            int received = mailsTo.getOrDefault(row[0], 0) - mailsBefore.getOrDefault(row[0], 0);
            assertTrue(received >= notified, row[0] + " received " + received + " mails for " + notified + " notifications");
            mails += received;
            repeatedMails += received - notified;
        }
        // once every effect is in and the outboxes are drained:
        for (String database : List.of("complaints", "cars", "notifications")) {
            await().atMost(Duration.ofSeconds(180)).until(() -> unpublished(database) == 0);
        }
        // every event committed in each service's store is on its topic, and each stream's events are in order there
        int published = 0;
        int duplicates = 0;
        int committedEverywhere = 0;
        StringBuilder perStore = new StringBuilder();
        for (String[] store : new String[][]{{"complaints", "complaints.events"}, {"cars", "cars.events"},
                {"notifications", "notifications.events"}}) {
            Set<String> ids = new HashSet<>(column(query(store[0], "select event_id::text from events where occurred_at >= ?", since)));
            committedEverywhere += ids.size();
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Long> lastVersion = new HashMap<>();
            List<String> outOfOrder = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : wholeTopic(stack.kafka().bootstrapServers(), store[1])) {
                String eventId = header(record, "ce_id");
                if (!ids.contains(eventId)) {
                    continue;
                }
                seen.merge(eventId, 1, Integer::sum);
                long version = Long.parseLong(header(record, "ce_sequence"));
                Long before = lastVersion.put(header(record, "ce_subject"), version);
                if (before != null && version < before) {
                    outOfOrder.add(header(record, "ce_subject") + ": version " + version + " after " + before);
                }
            }
            Set<String> missing = new HashSet<>(ids);
            missing.removeAll(seen.keySet());
            assertEquals(Set.of(), missing, "events committed in " + store[0] + " missing on " + store[1]);
            assertEquals(List.of(), outOfOrder, "a stream's events out of order on " + store[1]);
            published += seen.size();
            perStore.append(perStore.isEmpty() ? "" : ", ").append(store[0]).append(' ').append(ids.size());
            duplicates += seen.values().stream().mapToInt(n -> n - 1).sum();
        }

        return new Counts(committedEverywhere, perStore.toString(), published, duplicates, cases.size(), carRequests.size(), mails,
                repeatedMails);
    }

    private static long unpublished(String database) throws SQLException {
        return Long.parseLong(query(database, "select count(*) from outbox where published_at is null").get(0)[0]);
    }

    private static List<String> column(List<String[]> rows) {
        return rows.stream().map(row -> row[0]).toList();
    }

    private static List<String[]> query(String database, String sql, Object... parameters) throws SQLException {
        PostgresServer postgres = RunningSystem.stack().postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.OWNER,
                PostgresServer.OWNER_PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant));
                } else if (value instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** Every record of the topic up to its current end, in offset order per partition. */
    private static List<ConsumerRecord<String, byte[]>> wholeTopic(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertTrue(System.nanoTime() < deadline, "reading " + topic + " took too long");
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ---- the load ------------------------------------------------------------------------------

    /**
     * Threads filing complaints as the CRM, round robin over the given complaint-service
     * instances; every fifth case is taken on to a corrective action request. Refused
     * connections (an instance being killed) are counted, not fatal: what committed is
     * checked in the database.
     */
    static final class Load implements AutoCloseable {

        final AtomicInteger filed = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<String> failures = new CopyOnWriteArrayList<>();
        private static final ObjectMapper JSON = new ObjectMapper();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        static Load start(String prefix, int threadCount, List<String> complaintServices) {
            Load load = new Load();
            String crm = SystemUsers.tokens().forClient("rectify-crm", "rectify-crm-local-secret");
            String alice = SystemUsers.token(SystemUsers.ALICE);
            for (int t = 0; t < threadCount; t++) {
                int thread = t;
                Thread worker = new Thread(() -> load.run(prefix + "-" + thread, complaintServices, crm, alice), "load-" + t);
                load.threads.add(worker);
                worker.start();
            }
            return load;
        }

        private void run(String prefix, List<String> services, String crm, String alice) {
            for (int n = 0; running.get(); n++) {
                String service = services.get(n % services.size());
                String customer = prefix + "-" + n + "-" + System.nanoTime();
                try {
                    HttpResponse<String> answer = post(service + "/complaints", crm, JSON.writeValueAsString(Complaints.form(customer, "en")));
                    if (answer.statusCode() != 201) {
                        failures.add("filing answered " + answer.statusCode() + ": " + answer.body());
                        continue;
                    }
                    filed.incrementAndGet();
                    if (n % 5 == 0) {
                        String id = JSON.readTree(answer.body()).path("id").asText();
                        for (String[] step : new String[][]{{"acknowledgement", "{}"},
                                {"analysis", "{\"rootCauseHypothesis\":\"voids under U7\"}"},
                                {"corrective-action-request", "{\"problemStatement\":\"voids under U7\"}"}}) {
                            int status = post(service + "/complaints/" + id + "/" + step[0], alice, step[1]).statusCode();
                            if (status != 200) {
                                failures.add(step[0] + " answered " + status);
                                break;
                            }
                        }
                    }
                } catch (IOException unreachable) {
                    // the instance is down (killed): its committed work is checked in the database
                    refused.incrementAndGet();
                    sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private HttpResponse<String> post(String url, String token, String body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
            System.out.println("[fault] load: " + filed.get() + " complaints filed, " + refused.get()
                    + " requests refused while an instance was down, " + failures.size() + " other failures");
        }
    }
}
