package io.rectify.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java process of the stack (the broker, a service): started with a name marker and a pid file,
 * so that one a crashed run left behind is recognised and stopped before a new one starts.
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
        if (isRunning()) {
            return;
        }
        Processes.stopLeftover(pidFile, Processes.marker(name), Duration.ofSeconds(30));
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.add(Processes.marker(name));
        command.addAll(jvmArguments);
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
