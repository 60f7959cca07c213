package io.rectify.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole system on one machine without Docker: PostgreSQL with one database per service, a
 * Kafka broker, Keycloak (the identity provider), an SMTP catcher, and the three services, each a
 * real process. It stops in the reverse order.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * @param projectRoot         the checkout, where the services' jars are built
     * @param home                data, logs and pid files
     * @param keepData            whether PostgreSQL keeps its data in {@code home} (the local run) or starts empty
     * @param postgresPort        0 for any free port
     * @param kafkaPartitions     partitions of each topic
     * @param serviceJvmOptions   e.g. the heap size of each service
     * @param serviceEnvironment  extra environment for every service
     * @param keycloakPort        the identity provider's HTTP port
     * @param keycloakServer      where the unpacked and built Keycloak is kept between runs
     */
    public record Settings(Path projectRoot,
                           Path home,
                           boolean keepData,
                           int postgresPort,
                           int kafkaPort,
                           int kafkaControllerPort,
                           int smtpPort,
                           int mailPagePort,
                           Map<Service, Integer> servicePorts,
                           int kafkaPartitions,
                           List<String> serviceJvmOptions,
                           Map<String, String> serviceEnvironment,
                           int keycloakPort,
                           Path keycloakServer) {

        /** The local run: fixed, well-known ports, overridable through the environment. */
        public static Settings fromEnvironment(Path projectRoot, Map<String, String> env) {
            Path home = Path.of(env.getOrDefault("RECTIFY_HOME", projectRoot.resolve(".rectify").toString()));
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                String variable = service.moduleName().toUpperCase().replace('-', '_') + "_PORT";
                ports.put(service, Integer.parseInt(env.getOrDefault(variable, Integer.toString(service.defaultPort()))));
            }
            return new Settings(projectRoot, home, true,
                    Integer.parseInt(env.getOrDefault("RECTIFY_POSTGRES_PORT", "5432")),
                    Integer.parseInt(env.getOrDefault("RECTIFY_KAFKA_PORT", "9092")),
                    Integer.parseInt(env.getOrDefault("RECTIFY_KAFKA_CONTROLLER_PORT", "9093")),
                    Integer.parseInt(env.getOrDefault("RECTIFY_SMTP_PORT", "2525")),
                    Integer.parseInt(env.getOrDefault("RECTIFY_MAIL_PORT", "8025")),
                    ports, 3, serviceJvmOptions(env.getOrDefault("RECTIFY_SERVICE_JVM_OPTIONS", "")), Map.of(),
                    Integer.parseInt(env.getOrDefault("RECTIFY_KEYCLOAK_PORT", "8180")), home.resolve("keycloak"));
        }

        /** The services' heap, and whatever RECTIFY_SERVICE_JVM_OPTIONS adds (e.g. a profiler's -agentpath). */
        private static List<String> serviceJvmOptions(String extra) {
            List<String> options = new java.util.ArrayList<>(List.of("-Xms64m", "-Xmx512m"));
            for (String option : extra.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
            return List.copyOf(options);
        }

        /** A throw-away stack on free ports, for tests that drive the system from outside. */
        public static Settings ephemeral(Path projectRoot, Path home, Map<String, String> serviceEnvironment) {
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, freePort());
            }
            // the built Keycloak outlives the throw-away home, so that a test run does not build it again
            return new Settings(projectRoot, home, false, 0, freePort(), freePort(), freePort(), freePort(), ports, 3,
                    List.of("-Xms64m", "-Xmx384m"), serviceEnvironment, freePort(), home.resolveSibling("keycloak-server"));
        }
    }

    private final Settings settings;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final MailCatcher mail;
    private final Map<Service, ServiceProcess> services;
    private final List<ServiceProcess> extraInstances = new ArrayList<>();

    private LocalStack(Settings settings, PostgresServer postgres, KafkaBroker kafka, KeycloakServer keycloak, MailCatcher mail,
                       Map<Service, ServiceProcess> services) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.mail = mail;
        this.services = services;
    }

    public static LocalStack start(Settings settings, Consumer<String> progress) throws IOException, InterruptedException {
        PostgresServer postgres = null;
        KafkaBroker kafka = null;
        KeycloakServer keycloak = null;
        MailCatcher mail = null;
        Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
        try {
            // the identity provider takes longest: it starts first and comes up while the others do
            keycloak = new KeycloakServer(KeycloakServer.distributionIn(settings.projectRoot()), settings.keycloakServer(),
                    settings.home().resolve("keycloak"), settings.projectRoot().resolve("deploy/keycloak/rectify-realm.json"),
                    settings.keycloakPort(), settings.keepData(), "http://localhost:" + settings.servicePorts().get(Service.COMPLAINT));
            long keycloakStarted = System.nanoTime();
            progress.accept("starting Keycloak on port " + settings.keycloakPort() + " (realm " + KeycloakServer.REALM + ")");
            String prepared = keycloak.start();
            if (!prepared.isEmpty()) {
                progress.accept("Keycloak " + prepared + " (once; later runs reuse it)");
            }
            progress.accept("starting PostgreSQL" + (settings.keepData() ? " (data in " + settings.home().resolve("postgres") + ")" : ""));
            postgres = PostgresServer.start(settings.keepData() ? settings.home().resolve("postgres") : null, settings.postgresPort());
            for (Service service : Service.values()) {
                postgres.ensureDatabase(service.database());
            }
            progress.accept("starting Kafka (KRaft) on port " + settings.kafkaPort());
            kafka = new KafkaBroker(settings.home().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.kafkaPartitions());
            kafka.start(Duration.ofSeconds(90));
            progress.accept("starting the SMTP catcher on port " + settings.smtpPort());
            mail = MailCatcher.start(settings.smtpPort(), settings.mailPagePort());
            for (Service service : Service.values()) {
                ServiceProcess process = new ServiceProcess(service, settings.projectRoot().resolve(service.jarPath()),
                        settings.servicePorts().get(service), settings.home().resolve("logs"));
                services.put(service, process);
            }
            LocalStack stack = new LocalStack(settings, postgres, kafka, keycloak, mail, services);
            for (ServiceProcess process : services.values()) {
                progress.accept("starting " + process.service().moduleName() + " on port " + process.port());
                process.start(stack.environmentFor(process.service()), settings.serviceJvmOptions());
            }
            for (ServiceProcess process : services.values()) {
                process.awaitReady(Duration.ofSeconds(120));
                progress.accept(process.service().moduleName() + " is ready");
            }
            // the services start meanwhile: they look the provider up when the first token arrives
            keycloak.awaitReady(Duration.ofSeconds(180));
            progress.accept("Keycloak is ready (" + Duration.ofNanos(System.nanoTime() - keycloakStarted).toSeconds() + " s)");
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            new LocalStack(settings, postgres, kafka, keycloak, mail, services).close();
            throw e;
        } catch (SQLException e) {
            new LocalStack(settings, postgres, kafka, keycloak, mail, services).close();
            throw new IOException("preparing the databases failed: " + e.getMessage(), e);
        }
    }

    /** What a service needs to find its database and the broker: the variables documented in the README. */
    public Map<String, String> environmentFor(Service service) {
        return environmentFor(service, settings.servicePorts().get(service));
    }

    private Map<String, String> environmentFor(Service service, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", Integer.toString(postgres.port()));
        env.put("DB_NAME", service.database());
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.put("DB_MIGRATION_USER", PostgresServer.OWNER);
        env.put("DB_MIGRATION_PASSWORD", PostgresServer.OWNER_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SMTP_HOST", "localhost");
        env.put("SMTP_PORT", Integer.toString(mail.smtpPort()));
        env.put("RECTIFY_SURVEY_SECRET", surveySecret());
        env.put("OIDC_WEB_CLIENT_SECRET", "rectify-web-local-secret");
        env.put("RECTIFY_WEB_SESSION_SECRET", KeptSecrets.readOrMake(settings.home().resolve("web-session-secret"), 32,
                "web session secret"));
        env.put("OIDC_AUTH_SERVER_URL", keycloak.issuer());
        env.put("RECTIFY_SWAGGER_UI", "true");
        env.put("RECTIFY_NOTIFICATIONS_SURVEY_URL", "http://localhost:" + settings.servicePorts().get(Service.COMPLAINT));
        env.putAll(settings.serviceEnvironment());
        return env;
    }

    /**
     * The secret survey links are signed with, made once per home and kept there: links in mails
     * sent before a restart must still work after it.
     */
    private String surveySecret() {
        return KeptSecrets.readOrMake(settings.home().resolve("survey-secret"), 32, "survey secret");
    }

    public Settings settings() {
        return settings;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MailCatcher mail() {
        return mail;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    public String url(Service service) {
        return services.get(service).url();
    }

    /** Starts a service again after it stopped or was killed, and waits until it is ready. */
    public void restart(ServiceProcess process) throws IOException, InterruptedException {
        process.start(environmentFor(process.service(), process.port()), settings.serviceJvmOptions());
        process.awaitReady(Duration.ofSeconds(120));
    }

    /**
     * Starts one more instance of a service on a free port, with the same database and broker:
     * what a second replica in production is. It is stopped with the stack.
     */
    public synchronized ServiceProcess startAnotherInstance(Service service) throws IOException, InterruptedException {
        Path home = settings.home().resolve("logs").resolve(service.moduleName() + "-" + (extraInstances.size() + 2));
        Files.createDirectories(home);
        ServiceProcess process = new ServiceProcess(service, settings.projectRoot().resolve(service.jarPath()), freePort(), home);
        extraInstances.add(process);
        restart(process);
        return process;
    }

    /** Services first (they drain their work), then the broker, then the database. */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        List<ServiceProcess> all = new ArrayList<>(services.values());
        synchronized (this) {
            all.addAll(extraInstances);
        }
        for (ServiceProcess process : all) {
            Thread thread = new Thread(process::stop, "stop-" + process.service().moduleName());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mail != null) {
            mail.close();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("stopping PostgreSQL: " + e.getMessage());
            }
        }
    }

    /** A port nothing listens on now, for a throw-away stack and its tests. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
