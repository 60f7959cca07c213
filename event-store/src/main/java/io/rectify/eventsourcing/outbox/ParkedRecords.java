package io.rectify.eventsourcing.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox records Kafka refused for good: parked by the relay, listed and retried by an admin. */
@ApplicationScoped
public class ParkedRecords {

    /** At most this many are listed; more than a handful means something is wrong with every event. */
    public static final int LIST_LIMIT = 100;

    private final AgroalDataSource dataSource;

    public ParkedRecords(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record ParkedRecord(long position, UUID eventId, String eventType, UUID caseId, UUID streamId, long version,
                               String topic, int bytes, Instant parkedAt, String failure) {
    }

    /** {@code oldestPending}: when the oldest event still waiting for Kafka was committed; null when none waits. */
    record Counts(long parked, long pending, java.time.Instant oldestPending) {
    }

    public List<ParkedRecord> list() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select o.position, e.event_id, e.event_type, e.case_id, e.stream_id, e.version, o.topic,
                            octet_length(e.data::text), o.parked_at, o.failure
                       from outbox o join events e on e.position = o.position
                      where o.parked_at is not null and o.published_at is null
                      order by o.position
                      limit ?""")) {
            select.setInt(1, LIST_LIMIT);
            List<ParkedRecord> parked = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    parked.add(new ParkedRecord(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getLong(6), rs.getString(7),
                            rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getString(10)));
                }
            }
            return parked;
        }
    }

    /** Hands a parked record back to the relay; false when there is no parked record at that position. */
    public boolean retry(long position) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update outbox set parked_at = null, failure = null where position = ? and parked_at is not null"
                             + " and published_at is null")) {
            update.setLong(1, position);
            return update.executeUpdate() == 1;
        }
    }

    void park(Connection connection, long position, String failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set parked_at = now(), failure = left(?, 2000) where position = ?")) {
            update.setString(1, failure);
            update.setLong(2, position);
            update.executeUpdate();
        }
    }

    Counts count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select count(*) filter (where parked_at is not null), count(*) filter (where parked_at is null),
                       (select e.occurred_at from outbox w join events e on e.position = w.position
                         where w.published_at is null and w.parked_at is null order by w.position limit 1)
                  from outbox where published_at is null""");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            java.sql.Timestamp oldest = rs.getTimestamp(3);
            return new Counts(rs.getLong(1), rs.getLong(2), oldest == null ? null : oldest.toInstant());
        }
    }
}
