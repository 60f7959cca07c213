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

    /** The services' role: reads and writes rows, owns nothing, so it cannot switch off the event store's triggers. */
    public static final String USER = "rectify";
    public static final String PASSWORD = "rectify";
    /** Owns the databases and their tables; the services' migrations run as it. */
    public static final String OWNER = "rectify_owner";
    public static final String OWNER_PASSWORD = "rectify_owner";

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

    /**
     * Creates the two roles (neither a superuser) and the database, owned by {@link #OWNER}, if
     * they do not exist yet. A database kept from before the split, owned by the services' role,
     * is handed to the owner with everything in it.
     */
    public void ensureDatabase(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            for (String[] role : new String[][]{{USER, PASSWORD}, {OWNER, OWNER_PASSWORD}}) {
                if (!exists(admin, "select 1 from pg_roles where rolname = ?", role[0])) {
                    statement.execute("create role " + role[0] + " login nosuperuser nocreatedb nocreaterole password '" + role[1] + "'");
                }
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + OWNER);
            } else if (exists(admin, "select 1 from pg_database d join pg_roles r on r.oid = d.datdba"
                    + " where d.datname = ? and r.rolname = '" + USER + "'", database)) {
                statement.execute("alter database " + database + " owner to " + OWNER);
                try (Connection inside = connect(database); Statement reassign = inside.createStatement()) {
                    reassign.execute("reassign owned by " + USER + " to " + OWNER);
                }
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
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
