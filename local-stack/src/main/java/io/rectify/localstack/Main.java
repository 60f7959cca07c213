package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code rectify} command: {@code up} runs the whole system in the foreground until Ctrl-C or
 * {@code down}; {@code down} stops a running one; {@code status} tells what runs.
 */
public final class Main {

    /** The process name the `rectify` script gives the launcher (-Drectify.process=launcher). */
    static final String LAUNCHER = "launcher";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("rectify.root", ".")).toAbsolutePath().normalize();
        LocalStack.Settings settings = LocalStack.Settings.fromEnvironment(root, System.getenv());
        String command = args.length == 0 ? "up" : args[0];
        int exit = switch (command) {
            case "up", "start" -> up(settings);
            case "down", "stop" -> down(settings);
            case "status" -> status(settings);
            case "verify" -> AuditVerification.run(settings, System.getenv());
            default -> {
                System.err.println("usage: rectify [up|down|status|verify]");
                yield 2;
            }
        };
        System.exit(exit);
    }

    private static int up(LocalStack.Settings settings) throws IOException, InterruptedException {
        Files.createDirectories(settings.home());
        RandomAccessFile lockFile = new RandomAccessFile(settings.home().resolve("stack.lock").toFile(), "rw");
        FileChannel channel = lockFile.getChannel();
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String pid = runningLauncher(settings).map(p -> " (pid " + p.pid() + ")").orElse("");
            System.err.println("Rectify is already running" + pid + ". Stop it with: ./rectify down");
            return 1;
        }
        Processes.writePid(launcherPidFile(settings), ProcessHandle.current().pid());
        if (stopLeftovers(settings)) {
            System.out.println("rectify: stopped processes an earlier run left behind");
        }
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, message -> System.out.println("rectify: " + message));
        } catch (IOException e) {
            System.err.println("rectify: could not start: " + e.getMessage());
            Files.deleteIfExists(launcherPidFile(settings));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nrectify: stopping…");
            stack.close();
            try {
                Files.deleteIfExists(launcherPidFile(settings));
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // the lock dies with the process anyway
            }
            System.out.println("rectify: stopped");
            stopped.countDown();
        }, "rectify-shutdown"));
        printUrls(stack, Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
        return 0;
    }

    private static void printUrls(LocalStack stack, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("\nRectify is up (").append(took.toSeconds()).append(" s). Ctrl-C or ./rectify down stops it.\n\n");
        for (Service service : Service.values()) {
            String url = stack.url(service);
            out.append(String.format("  %-21s %s   API docs: %s/q/swagger-ui%n", service.moduleName(), url, url));
        }
        out.append(String.format("  %-21s %s/dashboard   (log in as alice or quinn)%n", "Quality dashboard",
                stack.url(Service.COMPLAINT)));
        out.append(String.format("  %-21s jdbc:postgresql://localhost:%d/<complaints|cars|notifications>  (user %s)%n",
                "PostgreSQL", stack.postgres().port(), PostgresServer.USER));
        out.append(String.format("  %-21s %s%n", "Kafka", stack.kafka().bootstrapServers()));
        out.append(String.format("  %-21s %s   (SMTP on localhost:%d)%n", "Mail sent", stack.mail().url(),
                stack.mail().smtpPort()));
        KeycloakServer keycloak = stack.keycloak();
        out.append(String.format("  %-21s %s   realm %s; admin console %s/admin (admin / %s)%n", "Keycloak",
                keycloak.url(), KeycloakServer.REALM, keycloak.url(), keycloak.adminPassword()));
        out.append(String.format("  %-21s alice (quality-engineer), quinn (quality-manager), ivan (integrator), ada (admin),%n"
                + "  %-21s carla (customer ACME), boris (customer GLOBEX); password demo each%n", "Demo users", ""));
        out.append(String.format("  %-21s curl -s -d grant_type=password -d client_id=rectify-cli -d username=alice -d password=demo \\%n"
                + "  %-21s   %s/protocol/openid-connect/token | jq -r .access_token%n", "A token", "", keycloak.issuer()));
        out.append(String.format("  %-21s %s%n%n", "Logs and data", stack.settings().home()));
        System.out.print(out);
        System.out.flush();
    }

    private static int down(LocalStack.Settings settings) {
        Optional<ProcessHandle> launcher = runningLauncher(settings);
        if (launcher.isPresent()) {
            System.out.println("rectify: stopping (pid " + launcher.get().pid() + ")…");
            Processes.stop(launcher.get(), Duration.ofSeconds(90));
        }
        boolean leftovers = stopLeftovers(settings);
        if (launcher.isEmpty() && !leftovers) {
            System.out.println("rectify: not running");
        } else {
            System.out.println("rectify: stopped");
        }
        return 0;
    }

    private static int status(LocalStack.Settings settings) {
        Optional<ProcessHandle> launcher = runningLauncher(settings);
        if (launcher.isEmpty()) {
            System.out.println("rectify: not running");
            return 3;
        }
        System.out.println("rectify: running (pid " + launcher.get().pid() + ")");
        for (Service service : Service.values()) {
            ServiceProcess probe = new ServiceProcess(service, Path.of(service.jarPath()), settings.servicePorts().get(service),
                    settings.home().resolve("logs"));
            System.out.printf("  %-21s %s  %s%n", service.moduleName(), probe.url(), probe.isReady() ? "ready" : "NOT READY");
        }
        String keycloak = "http://localhost:" + settings.keycloakPort();
        boolean realm = Processes.answersOk(URI.create(keycloak + "/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration"));
        System.out.printf("  %-21s %s  %s%n", "keycloak", keycloak, realm ? "ready" : "NOT READY");
        return 0;
    }

    /** Children of a launcher that was killed outright keep running; `down` and the next `up` end them. */
    private static boolean stopLeftovers(LocalStack.Settings settings) {
        boolean any = false;
        Path logs = settings.home().resolve("logs");
        for (Service service : Service.values()) {
            any |= Processes.stopLeftover(logs.resolve(service.moduleName() + ".pid"), Processes.marker(service.moduleName()),
                    Duration.ofSeconds(30));
        }
        any |= Processes.stopLeftover(settings.home().resolve("kafka").resolve("kafka.pid"),
                Processes.marker(KafkaBroker.PROCESS_NAME), Duration.ofSeconds(30));
        any |= KeycloakServer.stopLeftover(settings.home().resolve("keycloak"));
        Path postmaster = settings.home().resolve("postgres").resolve("postmaster.pid");
        any |= Processes.stopLeftover(postmaster, "postgres", Duration.ofSeconds(30));
        return any;
    }

    private static Optional<ProcessHandle> runningLauncher(LocalStack.Settings settings) {
        return Processes.readPid(launcherPidFile(settings))
                .filter(p -> p.info().commandLine().map(c -> c.contains(Processes.marker(LAUNCHER))).orElse(true));
    }

    private static Path launcherPidFile(LocalStack.Settings settings) {
        return settings.home().resolve("stack.pid");
    }
}
