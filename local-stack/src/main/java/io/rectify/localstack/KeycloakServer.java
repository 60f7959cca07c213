package io.rectify.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak, the identity provider of the local run and the system tests, from its distribution on
 * Maven Central ({@code org.keycloak:keycloak-quarkus-dist}, which the build copies next to this
 * module). The distribution is unpacked and built ({@code kc.sh build}) once; later starts run the
 * built server ({@code start --optimized}), which imports the committed realm on its first start
 * and keeps its data (an embedded H2 file) from then on.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "rectify";
    static final String PROCESS_NAME = "keycloak";
    /** What the built server is configured with; a change rebuilds it. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--cache=local", "--health-enabled=false",
            "--metrics-enabled=false");

    private final Path distribution;
    private final Path serverParent;
    private final Path home;
    private final Path realmFile;
    private final int port;
    private final boolean keepData;
    private final String webUrl;
    private final ChildProcess process;
    private Path server;

    /**
     * @param distribution the distribution zip
     * @param serverParent where the unpacked, built server is kept (reused by every start)
     * @param home         the log, the pid file and the admin password
     * @param realmFile    the realm imported on the first start
     * @param keepData     false: start from the realm file every time (tests)
     * @param webUrl       where the pages that log in through the realm's web client are (complaint-service):
     *                     the realm file names it as {@code RECTIFY_WEB_URL}, the only address Keycloak redirects back to
     */
    public KeycloakServer(Path distribution, Path serverParent, Path home, Path realmFile, int port, boolean keepData,
                          String webUrl) {
        this.distribution = distribution;
        this.serverParent = serverParent;
        this.home = home;
        this.realmFile = realmFile;
        this.port = port;
        this.keepData = keepData;
        this.webUrl = webUrl;
        this.process = new ChildProcess(PROCESS_NAME, home.resolve("keycloak.pid"), logFile());
    }

    /** The distribution zip the build copied into {@code local-stack/target/keycloak}. */
    public static Path distributionIn(Path projectRoot) throws IOException {
        Path folder = projectRoot.resolve("local-stack/target/keycloak");
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, "keycloak-quarkus-dist-*.zip")) {
                for (Path zip : zips) {
                    return zip;
                }
            }
        }
        throw new IOException("the Keycloak distribution is missing in " + folder + "; build the project first (mvn package)");
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The issuer of the realm's tokens, which the services verify them against. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    /**
     * Unpacks and builds the server when needed, then starts it.
     *
     * @return what it took beyond starting: "unpacked and built in 21 s", or empty
     */
    public String start() throws IOException, InterruptedException {
        long began = System.nanoTime();
        String prepared = prepare();
        if (!prepared.isEmpty()) {
            prepared = prepared + " in " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s";
        }
        Path data = server.resolve("data");
        if (!keepData) {
            Folders.deleteRecursively(data.resolve("h2"));
        }
        Files.createDirectories(data.resolve("import"));
        Files.copy(realmFile, data.resolve("import").resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(kcScript().toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=" + url(), "--import-realm"));
        process.startCommand(command, kcScript().toString(), server, environment(true));
        return prepared;
    }

    /** Waits until the realm answers its discovery document. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        process.awaitAnswering(discovery(), timeout, "Keycloak");
    }

    public boolean isReady() {
        return Processes.answersOk(discovery());
    }

    private URI discovery() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    /** The password of the master realm's {@code admin}, made on the first start and kept in the home. */
    public String adminPassword() {
        return KeptSecrets.readOrMake(home.resolve("keycloak-admin-password"), 12, "Keycloak admin password");
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops a Keycloak a crashed run left behind. */
    static boolean stopLeftover(Path home) {
        return Processes.stopLeftover(home.resolve("keycloak.pid"), "kc.sh", Duration.ofSeconds(30));
    }

    private String prepare() throws IOException, InterruptedException {
        String folder = distribution.getFileName().toString().replace("keycloak-quarkus-dist-", "keycloak-").replace(".zip", "");
        server = serverParent.resolve(folder);
        String done = "";
        if (!Files.isExecutable(kcScript())) {
            Folders.deleteRecursively(server);
            unzip(distribution, serverParent);
            try (Stream<Path> scripts = Files.list(server.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    script.toFile().setExecutable(true);
                }
            }
            done = "unpacked";
        }
        Path marker = server.resolve("rectify-build-options");
        String wanted = String.join(" ", BUILD_OPTIONS);
        if (!Files.exists(marker) || !Files.readString(marker).strip().equals(wanted)) {
            List<String> build = new ArrayList<>(List.of(kcScript().toString(), "build"));
            build.addAll(BUILD_OPTIONS);
            Files.createDirectories(home);
            Path buildLog = home.resolve("keycloak-build.log");
            ProcessBuilder builder = new ProcessBuilder(build).directory(server.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(buildLog.toFile()));
            builder.environment().putAll(environment(false));
            if (builder.start().waitFor() != 0) {
                throw new IOException("building Keycloak failed; see " + buildLog);
            }
            Files.writeString(marker, wanted);
            done = done.isEmpty() ? "built" : done + " and built";
        }
        return done;
    }

    private Path kcScript() {
        return server.resolve("bin").resolve("kc.sh");
    }

    private Map<String, String> environment(boolean running) {
        Map<String, String> env = new LinkedHashMap<>();
        // Keycloak 26 needs Java 21+: the same JDK the launcher runs on
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // C1 only: it starts a fifth faster (11 s against 14 s here), and a local realm issues few tokens
        env.put("JAVA_OPTS_APPEND", Processes.marker(PROCESS_NAME) + " -XX:TieredStopAtLevel=1");
        if (running) {
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
            env.put("RECTIFY_WEB_URL", webUrl);
        }
        return env;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("refusing a zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
