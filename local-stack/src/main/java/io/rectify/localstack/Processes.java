package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starting, recording and stopping the child processes of the stack. */
final class Processes {

    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Processes() {
    }

    /**
     * A system property at the front of a child's command line that names it, so a leftover can be
     * recognised: Java shows only the first 4 KB of a command line, and a classpath is longer.
     */
    static String marker(String processName) {
        return "-Drectify.process=" + processName;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts a process in a session of its own where the platform allows it, so that Ctrl-C in
     * the terminal reaches only the launcher, which then stops the children in order.
     */
    static Process start(List<String> command, Path workingDirectory, java.util.Map<String, String> environment,
                         Path logFile) throws IOException {
        List<String> full = new ArrayList<>();
        if (HAS_SETSID) {
            full.add("setsid");
        }
        full.addAll(command);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    static void writePid(Path pidFile, long pid) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(pid), StandardCharsets.US_ASCII);
    }

    static Optional<ProcessHandle> readPid(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").trim();
            return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code uri} answers 200 now (within two seconds). */
    static boolean answersOk(URI uri) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks a process to stop (SIGTERM), waits, and kills it if it would not. */
    static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // it is gone or beyond our reach
            }
        }
    }

    /** Stops a process a crashed earlier run left behind, if its pid file names a live one. */
    static boolean stopLeftover(Path pidFile, String expectedInCommandLine, Duration grace) {
        Optional<ProcessHandle> leftover = readPid(pidFile)
                .filter(p -> p.info().commandLine().map(c -> c.contains(expectedInCommandLine)).orElse(true));
        leftover.ifPresent(p -> stop(p, grace));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file does no harm
        }
        return leftover.isPresent();
    }
}
