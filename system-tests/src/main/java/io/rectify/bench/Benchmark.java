package io.rectify.bench;

import io.rectify.client.TokenClient;

import java.io.IOException;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files complaints against the running system and prints what it measured: throughput and
 * latency of {@code POST /complaints}, the time from commit to the event on Kafka and to the
 * customer's receipt notification, whether every complaint's event, Kafka record and receipt mail
 * arrived, the services' memory, then the rate of reads (before and after a bulk load) and of a
 * projection rebuild. Run it with {@code ./rectify bench}
 * while {@code ./rectify up} runs; {@code --help} lists the options.
 */
public final class Benchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Options options;
    private final URL complaints;
    private final TokenClient tokens;

    private Benchmark(Options options) throws IOException {
        this.options = options;
        this.complaints = URI.create(options.complaintUrl + "/complaints").toURL();
        this.tokens = new TokenClient(options.issuer);
    }

    record Options(int complaints, int clients, int warmupSeconds, double rate, int readSeconds, int bulkLoad, boolean rebuild,
                   String complaintUrl, String kafka, boolean idempotencyKeys, boolean postgresBaseline, String jdbcUrl,
                   String ownerUser, String ownerPassword, Path home, String issuer, String clientId, String clientSecret,
                   String adminUser, String adminPassword) {

        private static final List<String> VALUE_OPTIONS =
                List.of("--complaints", "--clients", "--warmup-seconds", "--rate", "--read-seconds", "--bulk-load",
                        "--complaint-url", "--kafka", "--issuer", "--client-id", "--client-secret", "--admin-user",
                        "--admin-password");
        private static final List<String> FLAGS = List.of("--no-idempotency-keys", "--no-postgres-baseline", "--rebuild");

        static Options parse(String[] args) {
            Map<String, String> env = System.getenv();
            Map<String, String> values = new HashMap<>();
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--help")) {
                    System.out.println("""
                            usage: ./rectify bench [options]   (against a running ./rectify up)
                              --complaints N       complaints filed in the measured run (default 5000)
                              --clients C          concurrent clients (default 16)
                              --warmup-seconds S   filing first, unmeasured, until the JIT has compiled the hot paths (default 45)
                              --rate R             offer R complaints/s (open loop: latency counts from each request's
                                                   planned start, so a system that falls behind shows it); default:
                                                   each client files its next complaint when the last one is answered
                              --read-seconds S     then read for S s each: GET /complaints/{id} and the first list page
                                                   (default 10; 0 skips the reads)
                              --bulk-load N        then add N cases in SQL (copies of a filed one, not through the API)
                                                   and read again: reads with the store large and small, in one run
                              --rebuild            then rebuild the complaint-view projection and print its replay rate
                              --admin-user U       who starts the rebuild (default ada, password --admin-password: demo)
                              --complaint-url U    complaint-service (default http://localhost:8081)
                              --kafka B            Kafka bootstrap servers (default localhost:9092)
                              --issuer URL         the identity provider's realm (default http://localhost:8180/realms/rectify)
                              --client-id ID       files as this service account, by client credentials (default rectify-crm)
                              --client-secret S    its secret (default: the local run's rectify-crm-local-secret)
                              --no-idempotency-keys  file without Idempotency-Key headers
                              --no-postgres-baseline  skip the baseline: PostgreSQL's own rate of event + outbox
                                                   commits with C connections, measured first on the idle system""");
                    System.exit(0);
                } else if (VALUE_OPTIONS.contains(args[i]) && i + 1 < args.length) {
                    values.put(args[i].substring(2), args[++i]);
                } else if (FLAGS.contains(args[i])) {
                    flags.add(args[i].substring(2));
                } else {
                    // a mistyped option silently ignored would measure something else than asked
                    System.err.println("unknown option or missing value: " + args[i] + " (see ./rectify bench --help)");
                    System.exit(2);
                }
            }
            String postgresPort = env.getOrDefault("RECTIFY_POSTGRES_PORT", "5432");
            return new Options(
                    Integer.parseInt(values.getOrDefault("complaints", "5000")),
                    Integer.parseInt(values.getOrDefault("clients", "16")),
                    Integer.parseInt(values.getOrDefault("warmup-seconds", "45")),
                    Double.parseDouble(values.getOrDefault("rate", "0")),
                    Integer.parseInt(values.getOrDefault("read-seconds", "10")),
                    Integer.parseInt(values.getOrDefault("bulk-load", "0")),
                    flags.contains("rebuild"),
                    values.getOrDefault("complaint-url", "http://localhost:" + env.getOrDefault("COMPLAINT_SERVICE_PORT", "8081")),
                    values.getOrDefault("kafka", "localhost:" + env.getOrDefault("RECTIFY_KAFKA_PORT", "9092")),
                    !flags.contains("no-idempotency-keys"),
                    !flags.contains("no-postgres-baseline"),
                    "jdbc:postgresql://localhost:" + postgresPort + "/complaints",
                    env.getOrDefault("DB_MIGRATION_USER", "rectify_owner"),
                    env.getOrDefault("DB_MIGRATION_PASSWORD", "rectify_owner"),
                    Path.of(env.getOrDefault("RECTIFY_HOME", ".rectify")),
                    values.getOrDefault("issuer", "http://localhost:" + env.getOrDefault("RECTIFY_KEYCLOAK_PORT", "8180")
                            + "/realms/rectify"),
                    values.getOrDefault("client-id", "rectify-crm"),
                    values.getOrDefault("client-secret", "rectify-crm-local-secret"),
                    values.getOrDefault("admin-user", "ada"),
                    values.getOrDefault("admin-password", "demo"));
        }
    }

    record Filed(String complaintId, double millis) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new Benchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf("Rectify benchmark: %d complaints, %d concurrent clients, %s, %d s warm-up, Idempotency-Key %s%n",
                options.complaints, options.clients, options.rate > 0 ? "offered " + options.rate + "/s" : "closed loop",
                options.warmupSeconds, options.idempotencyKeys ? "on" : "off");
        System.out.printf("  against %s, Kafka %s%n%n", options.complaintUrl, options.kafka);

        // measured first, on the idle system: the ceiling the intake is compared with
        double baseline = options.postgresBaseline ? postgresBaseline() : Double.NaN;

        List<Filed> filed;
        try (TopicWatcher complaints = new TopicWatcher(options.kafka, "complaints.events");
             TopicWatcher notifications = new TopicWatcher(options.kafka, "notifications.events")) {
            if (options.warmupSeconds > 0) {
                System.out.printf("warming up for %d s…%n%n", options.warmupSeconds);
                long until = System.nanoTime() + Duration.ofSeconds(options.warmupSeconds).toNanos();
                while (System.nanoTime() < until) {
                    fileAll(options.clients * 50, "WARMUP", 0);
                }
                // let the consumers catch up, so the measured run starts from a quiet system
                Thread.sleep(5_000);
            }
            long started = System.nanoTime();
            filed = fileAll(options.complaints, "BENCH", options.rate);
            double seconds = (System.nanoTime() - started) / 1e9;

            System.out.println("POST /complaints");
            System.out.printf("  throughput   %8.0f complaints/s  (%d in %.1f s, %d failed)%n",
                    filed.size() / seconds, filed.size(), seconds, options.complaints - filed.size());
            if (!Double.isNaN(baseline)) {
                System.out.printf("               %8.3f × PostgreSQL's event + outbox commit rate (%.0f/s, measured first)%n",
                        filed.size() / seconds / baseline, baseline);
            }
            System.out.println("  latency      " + Percentiles.of(filed.stream().mapToDouble(Filed::millis).toArray()).format());

            awaitEvents(filed, complaints, notifications);
            report(filed, complaints, notifications);
            consistency(filed, complaints);
        }
        printMemory();
        if (filed.isEmpty()) {
            return;
        }
        List<String> ids = filed.stream().map(Filed::complaintId).toList();
        ReadBench reads = new ReadBench(options.complaintUrl, () -> tokens.forClient(options.clientId, options.clientSecret),
                options.clients, Duration.ofSeconds(options.readSeconds));
        if (options.readSeconds > 0) {
            reads.run(ids, casesInStore());
        }
        if (options.bulkLoad > 0) {
            System.out.printf("%nbulk-loading %,d cases in SQL…%n", options.bulkLoad);
            BulkLoader.load(options.jdbcUrl, options.ownerUser, options.ownerPassword, UUID.fromString(ids.get(0)),
                    options.bulkLoad);
            if (options.readSeconds > 0) {
                reads.run(ids, casesInStore());
            }
        }
        if (options.rebuild) {
            rebuild();
        }
    }

    /**
     * What every filed complaint should have left behind, counted where it is: its received event
     * in complaint-service's store, the record on Kafka, the receipt mail sent by
     * notification-service (waited for up to 120 s).
     */
    private void consistency(List<Filed> filed, TopicWatcher complaints) throws Exception {
        Object[] ids = filed.stream().map(f -> UUID.fromString(f.complaintId())).toArray();
        long committed = count(options.jdbcUrl, "select count(*) from events where event_type = 'io.rectify.complaint.received.v1'"
                + " and stream_id = any(?)", ids);
        long onKafka = receivedFor(filed, complaints).size();
        String notificationsUrl = options.jdbcUrl.substring(0, options.jdbcUrl.lastIndexOf('/')) + "/notifications";
        String sentQuery = "select count(*) from notification_view where template = 'receipt-acknowledgement'"
                + " and status = 'SENT' and case_id = any(?)";
        Instant deadline = Instant.now().plusSeconds(120);
        long sent = count(notificationsUrl, sentQuery, ids);
        while (sent < filed.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            sent = count(notificationsUrl, sentQuery, ids);
        }
        System.out.println();
        System.out.printf("consistency (of %d complaints filed): received events committed %d, records on complaints.events"
                        + " %d, receipt mails sent %d%s%n", filed.size(), committed, onKafka, sent,
                committed == filed.size() && onKafka == filed.size() && sent == filed.size() ? "   none missing" : "   MISSING SOME");
    }

    private long count(String jdbcUrl, String sql, Object[] ids) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, options.ownerUser, options.ownerPassword);
             var query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", ids));
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long casesInStore() throws Exception {
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl, options.ownerUser, options.ownerPassword);
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from complaint_view")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rebuilds the complaint-view projection from every event in the store and prints how fast it replayed. */
    private void rebuild() throws Exception {
        URI rebuild = URI.create(options.complaintUrl + "/admin/projections/complaint-view/rebuild");
        System.out.printf("%nrebuilding complaint-view…%n");
        HttpURLConnection start = asAdmin(rebuild);
        start.setRequestMethod("POST");
        int started = start.getResponseCode();
        start.disconnect();
        if (started >= 300) {
            System.out.println("  the rebuild did not start: HTTP " + started);
            return;
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Instant deadline = Instant.now().plus(Duration.ofHours(1));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            com.fasterxml.jackson.databind.JsonNode status;
            try (InputStream in = asAdmin(rebuild).getInputStream()) {
                status = json.readTree(in);
            }
            if (!"RUNNING".equals(status.path("state").asText())) {
                double seconds = Duration.between(Instant.parse(status.path("startedAt").asText()),
                        Instant.parse(status.path("finishedAt").asText())).toMillis() / 1000.0;
                System.out.printf("  %s: %,d events of %,d cases in %.1f s: %,.0f events/s%s%n", status.path("state").asText(),
                        status.path("events").asLong(), status.path("streams").asLong(), seconds,
                        status.path("events").asLong() / seconds,
                        status.path("failure").isNull() ? "" : " (" + status.path("failure").asText() + ")");
                return;
            }
        }
        System.out.println("  still running after an hour");
    }

    private HttpURLConnection asAdmin(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + tokens.forUser(options.adminUser, options.adminPassword));
        return connection;
    }

    /**
     * Files {@code count} complaints from the clients. With a {@code rate}, request i is planned at
     * i / rate seconds after the start and its latency counts from then (open loop); without one,
     * each client files its next complaint when its last one is answered.
     */
    private List<Filed> fileAll(int count, String prefix, double rate) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ConcurrentLinkedQueue<Filed> filed = new ConcurrentLinkedQueue<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        Clients.run(options.clients, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long planned = System.nanoTime();
                if (rate > 0) {
                    planned = start + (long) (i * 1e9 / rate);
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                try {
                    filed.add(file(prefix + "-" + run + "-" + i, planned));
                } catch (Exception e) {
                    if (failures.incrementAndGet() <= 5) {
                        System.err.println("  request failed: " + e.getMessage());
                    }
                }
            }
        });
        return new ArrayList<>(filed);
    }

    /**
     * A supplier's spread of complaints: one of 2,000 part numbers, one of 20 lots each, so a new
     * complaint now and then repeats an earlier one (and is linked to it), as in a real plant.
     * Filing the same part and lot every time would measure the recurrence links instead.
     */
    private static String partNumber() {
        return "SW-" + (1_000 + ThreadLocalRandom.current().nextInt(2_000));
    }

    private static String lotNumber() {
        return "L2026-" + (10 + ThreadLocalRandom.current().nextInt(20));
    }

    private Filed file(String customerId, long started) throws IOException {
        byte[] body = """
                {"customer":{"id":"%s","name":"Benchmark customer","email":"bench@customer.example","language":"en"},
                 "channel":"API","product":{"partNumber":"%s","name":"Rocker switch"},"lotNumber":"%s",
                 "quantityAffected":10,"remainingStock":100,"description":"benchmark complaint",
                 "occurrence":{"conditions":"load test","occurredAt":"2026-11-01T00:00:00Z","phase":"FIELD"},
                 "severity":"MINOR"}""".formatted(customerId, partNumber(), lotNumber()).getBytes(StandardCharsets.UTF_8);
        // HttpURLConnection keeps connections alive per thread and costs little CPU: the load
        // generator shares the machine with the system it measures
        HttpURLConnection connection = (HttpURLConnection) complaints.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Content-Type", "application/json");
        // the CRM integration's intake path: a service account's token, renewed before it expires
        connection.setRequestProperty("Authorization", "Bearer " + tokens.forClient(options.clientId, options.clientSecret));
        if (options.idempotencyKeys) {
            connection.setRequestProperty("Idempotency-Key", customerId);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        String response;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            response = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        double millis = (System.nanoTime() - started) / 1e6;
        if (status != 201) {
            throw new IOException("HTTP " + status + ": " + response);
        }
        Matcher id = ID.matcher(response);
        if (!id.find()) {
            throw new IOException("no id in " + response);
        }
        return new Filed(id.group(1), millis);
    }

    private void awaitEvents(List<Filed> filed, TopicWatcher complaints, TopicWatcher notifications) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline) && (receivedFor(filed, complaints).size() < filed.size()
                || notificationsFor(filed, complaints, notifications).size() < filed.size())) {
            Thread.sleep(100);
        }
    }

    private void report(List<Filed> filed, TopicWatcher complaints, TopicWatcher notifications) {
        Map<String, TopicWatcher.Seen> received = receivedFor(filed, complaints);
        double[] toKafka = received.values().stream()
                .mapToDouble(seen -> Duration.between(seen.eventTime(), seen.seenAt()).toNanos() / 1e6).toArray();
        Map<String, TopicWatcher.Seen> queued = notificationsFor(filed, complaints, notifications);
        double[] toNotification = queued.entrySet().stream()
                .mapToDouble(entry -> Duration.between(received.get(entry.getKey()).eventTime(), entry.getValue().eventTime())
                        .toNanos() / 1e6).toArray();
        System.out.println();
        System.out.println("commit -> record on complaints.events (seen by a consumer)");
        System.out.println("  " + Percentiles.of(toKafka).format() + missing(filed.size(), toKafka.length));
        System.out.println("commit -> receipt notification recorded by notification-service");
        System.out.println("  " + Percentiles.of(toNotification).format() + missing(filed.size(), toNotification.length));
    }

    private static String missing(int expected, int seen) {
        return seen == expected ? "" : "   MISSING " + (expected - seen) + " within 120 s";
    }

    /** complaint id -> its received event as seen on Kafka. */
    private static Map<String, TopicWatcher.Seen> receivedFor(List<Filed> filed, TopicWatcher complaints) {
        Map<String, TopicWatcher.Seen> byCase = new HashMap<>();
        complaints.seen().values().forEach(seen -> {
            if ("io.rectify.complaint.received.v1".equals(seen.type())) {
                byCase.put(seen.caseId(), seen);
            }
        });
        Map<String, TopicWatcher.Seen> result = new HashMap<>();
        for (Filed one : filed) {
            TopicWatcher.Seen seen = byCase.get(one.complaintId());
            if (seen != null) {
                result.put(one.complaintId(), seen);
            }
        }
        return result;
    }

    /** complaint id -> the notification queued because of its received event. */
    private static Map<String, TopicWatcher.Seen> notificationsFor(List<Filed> filed, TopicWatcher complaints,
                                                                  TopicWatcher notifications) {
        Map<String, String> caseByReceivedEvent = new HashMap<>();
        complaints.seen().forEach((eventId, seen) -> caseByReceivedEvent.put(eventId, seen.caseId()));
        Map<String, TopicWatcher.Seen> byCase = new HashMap<>();
        notifications.seen().values().forEach(seen -> {
            String complaintId = seen.causationId() == null ? null : caseByReceivedEvent.get(seen.causationId());
            if (complaintId != null) {
                byCase.put(complaintId, seen);
            }
        });
        Map<String, TopicWatcher.Seen> result = new HashMap<>();
        for (Filed one : filed) {
            TopicWatcher.Seen seen = byCase.get(one.complaintId());
            if (seen != null) {
                result.put(one.complaintId(), seen);
            }
        }
        return result;
    }

    /** Resident memory of each service process the local run started (Linux). */
    private void printMemory() throws IOException {
        Path logs = options.home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        System.out.println();
        System.out.println("memory (resident set, peak)");
        for (String service : List.of("complaint-service", "car-service", "notification-service")) {
            Path pidFile = logs.resolve(service + ".pid");
            if (!Files.exists(pidFile)) {
                continue;
            }
            Path status = Path.of("/proc", Files.readString(pidFile).trim(), "status");
            if (!Files.exists(status)) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(status)) {
                String[] parts = line.split(":\\s+", 2);
                if (parts.length == 2) {
                    fields.put(parts[0], parts[1]);
                }
            }
            System.out.printf("  %-21s %10s   peak %10s%n", service, fields.get("VmRSS"), fields.get("VmHWM"));
        }
    }

    /**
     * PostgreSQL's own rate of what a command commits at the least: one event row (about 540 bytes
     * of jsonb, with the events table's indexes) and its outbox row, one transaction each, from C
     * connections for 10 s. Tables shaped like the service's own are made for it (as the owner
     * role, which the local run creates) and dropped after.
     */
    private double postgresBaseline() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String events = "bench_events_" + suffix;
        String outbox = "bench_outbox_" + suffix;
        try (Connection admin = DriverManager.getConnection(options.jdbcUrl, options.ownerUser, options.ownerPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("create table " + events + " (like events including all)");
            statement.execute("create table " + outbox + " (like outbox including all)");
            statement.execute("alter table " + outbox + " add foreign key (position) references " + events + " (position)");
        }
        String commit = "with e as (insert into " + events + " (event_id, stream_type, stream_id, version, case_id, event_type,"
                + " data, actor, actor_id, correlation_id, occurred_at) values (?, 'complaint', ?, 1, ?,"
                + " 'io.rectify.complaint.received.v1', ?::jsonb, 'bench', 'bench', ?, now()) returning position)"
                + " insert into " + outbox + " (position, topic) select position, 'complaints.events' from e";
        AtomicLong commits = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Clients.run(options.clients, () -> {
            try (Connection connection = DriverManager.getConnection(options.jdbcUrl, options.ownerUser, options.ownerPassword);
                 var insert = connection.prepareStatement(commit)) {
                while (System.nanoTime() < until) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, id);
                    insert.setObject(3, id);
                    insert.setString(4, probeEvent(id));
                    insert.setObject(5, UUID.randomUUID());
                    insert.executeUpdate();
                    commits.incrementAndGet();
                }
            }
        });
        try (Connection admin = DriverManager.getConnection(options.jdbcUrl, options.ownerUser, options.ownerPassword);
             Statement statement = admin.createStatement()) {
            statement.execute("drop table " + outbox + ", " + events);
        }
        double rate = commits.get() / 10.0;
        System.out.printf("PostgreSQL alone: %.0f event + outbox commits/s (one ~540 B jsonb event row and its outbox row per"
                + " transaction, %d connections, 10 s)%n%n", rate, options.clients);
        return rate;
    }

    /** About the size of a complaint's received event. */
    private static String probeEvent(UUID id) {
        return "{\"complaintId\":\"" + id + "\",\"reference\":\"CMP-2026-000001\",\"customer\":{\"id\":\"ACME\","
                + "\"name\":\"ACME Automotive\",\"email\":\"quality@acme.example\",\"language\":\"EN\"},\"channel\":\"EMAIL\","
                + "\"product\":{\"partNumber\":\"SW-100\",\"name\":\"Rocker switch\"},\"lotNumber\":\"LOT-7\","
                + "\"quantityAffected\":10,\"remainingStock\":100,\"description\":\"contacts stick after 200 cycles at 85 C\","
                + "\"occurrence\":{\"conditions\":\"85 C\",\"occurredAt\":\"2026-11-19T08:00:00Z\",\"phase\":\"FIELD\"},"
                + "\"severity\":\"MAJOR\",\"requestedRemedy\":\"NONE\",\"receivedAt\":\"2026-11-20T08:00:00Z\"}";
    }
}
