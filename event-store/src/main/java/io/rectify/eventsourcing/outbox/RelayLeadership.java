package io.rectify.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which instance's relay publishes: the one holding a PostgreSQL advisory lock on its own
 * connection. Further instances of a service stand by instead of racing it (which would reorder a
 * case's events); when the holder dies, its connection and lock go with it and a standby takes
 * over at its next try.
 */
final class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    /** The advisory lock whose holder is the one active relay of a database. */
    private static final long LEADER_LOCK = 0x5245435449465901L;

    private final AgroalDataSource dataSource;
    private Connection connection;
    private volatile boolean leader;

    RelayLeadership(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tries to become (or checks it still is) the active relay; its connection is the relay's. */
    boolean acquire() throws SQLException {
        if (connection == null || connection.isClosed()) {
            leader = false;
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        if (!leader) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LEADER_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    leader = rs.next() && rs.getBoolean(1);
                }
            }
            if (leader) {
                LOG.info("outbox relay active: this instance publishes the outbox");
            }
        }
        return leader;
    }

    boolean leader() {
        return leader;
    }

    /** The connection that holds the lock; only valid after {@link #acquire} answered true. */
    Connection connection() {
        return connection;
    }

    /** Gives up the lock with the connection (after a database error, or at shutdown). */
    void release() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("closing the relay's connection", e);
            }
            connection = null;
        }
    }
}
