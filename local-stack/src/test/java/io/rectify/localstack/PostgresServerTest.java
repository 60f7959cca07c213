package io.rectify.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @Test
    void keepsItsDataAcrossARestart(@TempDir Path home) throws Exception {
        Path data = home.resolve("postgres");
        try (PostgresServer server = PostgresServer.start(data, 0)) {
            server.ensureDatabase("cases");
            try (Connection connection = connect(server, "cases", PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (reference text)");
                statement.execute("insert into kept values ('CMP-2026-000001')");
            }
        }
        try (PostgresServer again = PostgresServer.start(data, 0)) {
            again.ensureDatabase("cases");
            try (Connection connection = connect(again, "cases", PostgresServer.OWNER, PostgresServer.OWNER_PASSWORD);
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select reference from kept")) {
                assertTrue(rs.next());
                assertEquals("CMP-2026-000001", rs.getString(1));
            }
        }
    }

    @Test
    void theServicesRoleOwnsNothingAndADatabaseItOwnedIsHandedToTheOwner(@TempDir Path home) throws Exception {
        try (PostgresServer server = PostgresServer.start(home.resolve("postgres"), 0)) {
            server.ensureDatabase("cases");
            // as a database made before the owner role existed: owned by the services' role, with its tables
            try (Connection admin = connect(server, "postgres", "postgres", null); Statement statement = admin.createStatement()) {
                statement.execute("create database older owner " + PostgresServer.USER);
            }
            try (Connection connection = connect(server, "older", PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.execute("create table events (position bigint)");
            }
            server.ensureDatabase("older");
            try (Connection connection = connect(server, "older", PostgresServer.USER, PostgresServer.PASSWORD);
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select tableowner, (select rolsuper from pg_roles where rolname = current_user)"
                         + " from pg_tables where tablename = 'events'")) {
                assertTrue(rs.next());
                assertEquals(PostgresServer.OWNER, rs.getString(1));
                assertFalse(rs.getBoolean(2), "the services' role is no superuser");
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute("create table mine (x int)"));
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
    }

    private static Connection connect(PostgresServer server, String database, String user, String password) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(database), user, password);
    }
}
