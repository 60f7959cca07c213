package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the Quarkus services, started from its built jar as a process of its own. */
public final class ServiceProcess implements AutoCloseable {

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
        process.awaitAnswering(readiness(), timeout, service.moduleName());
    }

    public boolean isReady() {
        return Processes.answersOk(readiness());
    }

    private URI readiness() {
        return URI.create(url() + "/q/health/ready");
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    /** SIGKILL, for fault tests: no graceful shutdown, in-flight work is cut off. */
    public void kill() throws InterruptedException {
        process.kill();
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
