package io.rectify.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Apache Kafka broker in KRaft mode (one node, broker and controller combined),
 * running as a process of its own from the Kafka jars on Maven Central. Its log directory is
 * formatted once and kept, so topics and offsets survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/io/rectify/localstack/kafka-broker.classpath";
    private static final String STARTED = "Kafka Server started";
    static final String PROCESS_NAME = "kafka-broker";

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final int defaultPartitions;
    private final ChildProcess broker;

    /**
     * @param home              configuration, data and log of the broker live below this folder
     * @param port              the client port
     * @param controllerPort    the KRaft controller port
     * @param defaultPartitions partitions of topics created on first use
     */
    public KafkaBroker(Path home, int port, int controllerPort, int defaultPartitions) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.defaultPartitions = defaultPartitions;
        this.broker = new ChildProcess(PROCESS_NAME, home.resolve("kafka.pid"), home.resolve("kafka.log"));
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return home.resolve("kafka.log");
    }

    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        if (broker.isRunning()) {
            return;
        }
        Files.createDirectories(home);
        Path properties = writeServerProperties();
        Path logging = writeLoggingConfiguration();
        String classpath = classpath();
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            format(classpath, properties, logging);
        }
        long offset = Files.exists(logFile()) ? Files.size(logFile()) : 0;
        broker.start(jvmArguments(classpath, logging, "kafka.Kafka", properties.toString()), home, Map.of());
        awaitStarted(offset, timeout);
    }

    /** Stops the broker the way an operator would (SIGTERM: controlled shutdown). */
    public synchronized void stop() {
        broker.stop(Duration.ofSeconds(30));
    }

    public synchronized boolean isRunning() {
        return broker.isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    private void format(String classpath, Path properties, Path logging) throws IOException, InterruptedException {
        String clusterId = newClusterId();
        List<String> command = new ArrayList<>(List.of(Processes.javaExecutable()));
        command.addAll(jvmArguments(classpath, logging, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                properties.toString()));
        Process formatting = Processes.start(command, home, Map.of(), logFile());
        if (!formatting.waitFor(2, TimeUnit.MINUTES) || formatting.exitValue() != 0) {
            throw new IOException("formatting the Kafka log directory failed; see " + logFile());
        }
    }

    private void awaitStarted(long logOffset, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            broker.checkAlive();
            if (logContainsSince(logOffset, STARTED) && acceptsConnections()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("the Kafka broker did not start within " + timeout + "; see " + logFile());
    }

    private boolean logContainsSince(long offset, String text) throws IOException {
        try (InputStream in = Files.newInputStream(logFile())) {
            in.skipNBytes(Math.min(offset, Files.size(logFile())));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> jvmArguments(String classpath, Path logging, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + logging.toUri(),
                "-cp", classpath, mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeServerProperties() throws IOException {
        String properties = String.join("\n",
                "# written by the Rectify local stack on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + home.resolve("data").toAbsolutePath(),
                "num.partitions=" + defaultPartitions,
                "auto.create.topics.enable=true",
                // a single node: every internal topic must live with one replica or consumer groups never form
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=-1",
                "");
        Path file = home.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLoggingConfiguration() throws IOException {
        String configuration = String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = INFO",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = WARN",
                "");
        Path file = home.resolve("log4j2.properties");
        Files.writeString(file, configuration, StandardCharsets.UTF_8);
        return file;
    }

    private static String classpath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IOException("the Kafka broker classpath is missing; build the project first (mvn package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static String newClusterId() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        bytes[0] &= 0x7f; // keep it clear of Kafka's reserved ids
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
