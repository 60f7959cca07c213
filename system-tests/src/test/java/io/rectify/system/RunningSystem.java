package io.rectify.system;

import io.rectify.localstack.Folders;
import io.rectify.localstack.LocalStack;
import io.rectify.localstack.Service;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole system for the system tests, started once for all of them: PostgreSQL, a standalone
 * Kafka broker and the three services as separate processes, on free ports, from the jars the
 * build just produced. Logs are kept under {@code target/system-test-stack} for diagnosis.
 */
public final class RunningSystem implements BeforeAllCallback {

    private static LocalStack stack;
    private static int crmPort;
    private static TraceCollector traces;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    public static synchronized LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("annotate the test with @ExtendWith(RunningSystem.class)");
        }
        return stack;
    }

    /** The one loopback port webhooks may be delivered to: where a test runs its CRM endpoint. */
    public static int crmPort() {
        stack();
        return crmPort;
    }

    /** The spans the running services exported. */
    static TraceCollector traces() {
        return traces;
    }

    public static String url(Service service) {
        return stack().url(service);
    }

    private static synchronized void start() throws IOException, InterruptedException {
        if (stack != null) {
            return;
        }
        Path root = Path.of(System.getProperty("rectify.root", "..")).toAbsolutePath().normalize();
        Path home = root.resolve("system-tests/target/system-test-stack");
        Folders.deleteRecursively(home);
        crmPort = LocalStack.freePort();
        traces = TraceCollector.start();
        // a short delivery timeout lets a test outage outlast it, so the relay's retry path runs too;
        // webhooks may reach the tests' own CRM endpoint on the loopback address, and nothing else inside
        stack = LocalStack.start(LocalStack.Settings.ephemeral(root, home, Map.of("RECTIFY_OUTBOX_DELIVERY_TIMEOUT", "3s",
                        "RECTIFY_NOTIFICATIONS_WEBHOOK_ALLOWED_TARGETS", "127.0.0.1:" + crmPort,
                        // the services export their spans to the tests' own collector, within a second
                        "OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(), "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s")),
                message -> System.out.println("[system] " + message));
        LocalStack started = stack;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-system-under-test"));
    }
}
