package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A process of the stack (the broker, a service, the identity provider): started with a pid file
 * and something that identifies it on its command line (a name marker for Java processes), so
 * that one a crashed run left behind is recognised and stopped before a new one starts.
 */
final class ChildProcess {

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, Path pidFile, Path logFile) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    /** Starts {@code java <jvmArguments>}, after stopping a leftover of the same name. */
    synchronized void start(List<String> jvmArguments, Path workingDirectory, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.add(Processes.marker(name));
        command.addAll(jvmArguments);
        startCommand(command, Processes.marker(name), workingDirectory, environment);
    }

    /**
     * Starts any command, after stopping a leftover whose command line contains
     * {@code identifiedBy} (e.g. the path of the script it runs).
     */
    synchronized void startCommand(List<String> command, String identifiedBy, Path workingDirectory,
                                   Map<String, String> environment) throws IOException {
        if (isRunning()) {
            return;
        }
        Processes.stopLeftover(pidFile, identifiedBy, Duration.ofSeconds(30));
        process = Processes.start(command, workingDirectory, environment, logFile);
        Processes.writePid(pidFile, process.pid());
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Fails, pointing at the log, when the process has exited. */
    synchronized void checkAlive() throws IOException {
        if (process != null && !process.isAlive()) {
            throw new IOException(name + " exited with " + process.exitValue() + "; see " + logFile);
        }
    }

    /** Waits until {@code uri} answers 200, failing early (pointing at the log) if the process exits. */
    void awaitAnswering(URI uri, Duration timeout, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            if (Processes.answersOk(uri)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException(what + " was not ready within " + timeout + "; see " + logFile);
    }

    /** SIGKILL: the process dies at once, as in a crash or an OOM kill; nothing is shut down. */
    synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    /** SIGTERM, so the process shuts down gracefully; killed if it does not within the grace period. */
    synchronized void stop(Duration grace) {
        if (process != null) {
            Processes.stop(process.toHandle(), grace);
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file does no harm: the next start checks the process it names
        }
    }
}
