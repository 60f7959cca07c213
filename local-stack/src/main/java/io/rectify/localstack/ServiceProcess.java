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
    private Process process;

    public ServiceProcess(Service service, Path jar, int port, Path home) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.home = home;
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

    private Path pidFile() {
        return home.resolve(service.moduleName() + ".pid");
    }

    public synchronized void start(Map<String, String> environment, List<String> jvmOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing; build the project first (mvn package)");
        }
        Processes.stopLeftover(pidFile(), Processes.marker(service.moduleName()), Duration.ofSeconds(20));
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.add(Processes.marker(service.moduleName()));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        process = Processes.start(command, home, environment, logFile());
        Processes.writePid(pidFile(), process.pid());
    }

    /** Waits until the service reports itself ready: its database, Kafka and migrations are up. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(service.moduleName() + " exited with " + process.exitValue() + "; see " + logFile());
            }
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

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM: Quarkus finishes in-flight requests and shuts down gracefully. */
    public synchronized void stop() {
        if (process != null) {
            Processes.stop(process.toHandle(), Duration.ofSeconds(30));
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    @Override
    public void close() {
        stop();
    }
}
