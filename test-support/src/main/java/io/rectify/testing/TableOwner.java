package io.rectify.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a DBA who owns the tables can do, for the tests of the tamper evidence: switch the event
 * store's append-only trigger off, rewrite history, switch it on again, in one transaction, over
 * the migrations' role (quarkus.flyway.username), which owns the tables.
 */
public final class TableOwner {

    /** Statements run on the owner's connection while the trigger is off. */
    public interface Rewrite {
        void run(Connection connection) throws SQLException;
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public TableOwner(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public void behindTheTrigger(Rewrite rewrite) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            try (Statement off = connection.createStatement()) {
                off.execute("alter table events disable trigger events_no_update_or_delete");
            }
            rewrite.run(connection);
            try (Statement on = connection.createStatement()) {
                on.execute("alter table events enable trigger events_no_update_or_delete");
            }
            connection.commit();
        }
    }
}
