package io.rectify.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @Test
    void keepsItsDataAcrossARestart(@TempDir Path home) throws Exception {
        Path data = home.resolve("postgres");
        try (PostgresServer server = PostgresServer.start(data, 0)) {
            server.ensureDatabase("cases");
            try (Connection connection = connect(server, "cases"); Statement statement = connection.createStatement()) {
                statement.execute("create table kept (reference text)");
                statement.execute("insert into kept values ('CMP-2026-000001')");
            }
        }
        try (PostgresServer again = PostgresServer.start(data, 0)) {
            again.ensureDatabase("cases");
            try (Connection connection = connect(again, "cases");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select reference from kept")) {
                assertTrue(rs.next());
                assertEquals("CMP-2026-000001", rs.getString(1));
            }
        }
    }

    private static Connection connect(PostgresServer server, String database) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
