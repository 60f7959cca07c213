package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the Quarkus services, started from its built jar as a process of its own. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final Path jar;
    private final int port;
    private final Path home;
    private final ChildProcess process;

    public ServiceProcess(Service service, Path jar, int port, Path home) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.home = home;
        this.process = new ChildProcess(service.moduleName(), home.resolve(service.moduleName() + ".pid"), logFile());
    }

    public Service service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return home.resolve(service.moduleName() + ".log");
    }

    public void start(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing; build the project first (mvn package)");
        }
        List<String> arguments = new ArrayList<>(jvmOptions);
        arguments.add("-jar");
        arguments.add(jar.toString());
        process.start(arguments, home, environment);
    }

    /** Waits until the service reports itself ready: its database, Kafka and migrations are up. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            process.checkAlive();
            if (isReady()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException(service.moduleName() + " was not ready within " + timeout + "; see " + logFile());
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    /** SIGTERM: Quarkus finishes in-flight requests and shuts down gracefully. */
    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        stop();
    }
}
