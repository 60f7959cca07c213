package io.rectify.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries packaged on Maven Central (zonky). With a data
 * directory it keeps its data across restarts; without one it starts empty and leaves nothing.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "rectify";
    public static final String PASSWORD = "rectify";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the data lives, or {@code null} for a throw-away server
     * @param port          the port, or 0 for any free one
     */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "localhost");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            // data that is kept is written durably; a throw-away server keeps the embedded defaults (no fsync)
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            Files.createDirectories(dataDirectory);
            stopLeftoverServer(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new PostgresServer(builder.start());
    }

    /** A postmaster whose launcher was killed keeps running and holds the directory: stop it first. */
    private static void stopLeftoverServer(Path dataDirectory) {
        Processes.stopLeftover(dataDirectory.resolve("postmaster.pid"), "postgres", Duration.ofSeconds(30));
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the application role and the database if they do not exist yet. */
    public void ensureDatabase(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + USER);
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
