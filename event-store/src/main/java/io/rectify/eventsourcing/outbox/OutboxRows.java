package io.rectify.eventsourcing.outbox;

import io.rectify.eventsourcing.store.RecordedEvent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL on the outbox table, over the connection that holds the relay's lock. */
final class OutboxRows {

    /** The waiting records in commit order, without parked ones and the later events of their cases. */
    private static final String FETCH = """
            select o.position, o.topic, e.event_id, e.stream_type, e.stream_id, e.version, e.case_id, e.event_type,
                   e.data::text, e.actor, e.actor_id, e.correlation_id, e.causation_id, e.occurred_at, e.traceparent,
                   encode(e.previous_hash, 'hex'), encode(e.hash, 'hex')
              from outbox o join events e on e.position = o.position
             where o.published_at is null and o.parked_at is null
               and e.case_id not in (select pe.case_id from outbox p join events pe on pe.position = p.position
                                      where p.parked_at is not null and p.published_at is null)
             order by o.position
             limit ?""";

    /**
     * One waiting record: where it goes, the event it carries, the trace it was appended in (or
     * null), and its link in its stream's hash chain (the previous event's hash, null for the first; its own).
     */
    record Entry(long position, String topic, RecordedEvent event, String traceparent, String previousHash, String hash) {
    }

    private OutboxRows() {
    }

    static List<Entry> waiting(Connection connection, int limit) throws SQLException {
        List<Entry> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FETCH)) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long position = rs.getLong(1);
                    RecordedEvent event = new RecordedEvent(position, rs.getObject(3, UUID.class), rs.getString(4),
                            rs.getObject(5, UUID.class), rs.getLong(6), rs.getObject(7, UUID.class), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, UUID.class),
                            rs.getObject(13, UUID.class), rs.getTimestamp(14).toInstant());
                    batch.add(new Entry(position, rs.getString(2), event, rs.getString(15), rs.getString(16), rs.getString(17)));
                }
            }
        }
        return batch;
    }

    static void markPublished(Connection connection, List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set published_at = now() where position = any(?)")) {
            Array array = connection.createArrayOf("bigint", positions.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /** Forgets records published longer ago than {@code retention}; their events stay in the store. */
    static void purge(Connection connection, Duration retention) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement(
                "delete from outbox where published_at < now() - make_interval(secs => ?)")) {
            purge.setLong(1, retention.toSeconds());
            purge.executeUpdate();
        }
    }
}
