package io.rectify.eventsourcing.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends events to streams and reads them back. Every call joins the Hibernate Reactive session
 * and transaction of its caller, so an append commits or rolls back with the command's other
 * writes (the outbox entry, the read models, an idempotency key).
 */
@ApplicationScoped
public class EventStore {

    static final String STREAM_VERSION_CONSTRAINT = "events_stream_version_unique";

    private static final String COLUMNS = "position, event_id, stream_type, stream_id, version, case_id, event_type, "
            + "data::text, actor, correlation_id, causation_id, occurred_at";

    // one round trip per event: the event and its outbox entry are written by a single statement
    private static final String APPEND = """
            with appended as (
                insert into events (event_id, stream_type, stream_id, version, case_id, event_type, data,
                                    actor, correlation_id, causation_id, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(cast(?7 as text) as jsonb), ?8, ?9, ?10, ?11)
                returning position)
            insert into outbox (position, topic) select position, ?12 from appended
            returning position""";

    /** Reads one stream in version order; an empty list means the aggregate does not exist. */
    public Uni<List<RecordedEvent>> readStream(UUID streamId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select " + COLUMNS + " from events where stream_id = ?1 order by version", Object[].class)
                .setParameter(1, streamId)
                .getResultList()
                .map(EventStore::toRecordedEvents));
    }

    /**
     * Reads the events of one stream type in (stream, version) order, after the given stream and
     * version: the pages a replay walks through.
     */
    public Uni<List<RecordedEvent>> readStreams(String streamType, UUID afterStream, long afterVersion, int limit) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select " + COLUMNS + " from events where stream_type = ?1 and (stream_id, version) > (?2, ?3) "
                        + "order by stream_id, version limit ?4", Object[].class)
                .setParameter(1, streamType)
                .setParameter(2, afterStream == null ? new UUID(0, 0) : afterStream)
                .setParameter(3, afterVersion)
                .setParameter(4, limit)
                .getResultList()
                .map(EventStore::toRecordedEvents));
    }

    /** The whole history of a case across the aggregates of this store, in commit order. */
    public Uni<List<RecordedEvent>> readCase(UUID caseId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select " + COLUMNS + " from events where case_id = ?1 order by position", Object[].class)
                .setParameter(1, caseId)
                .getResultList()
                .map(EventStore::toRecordedEvents));
    }

    /**
     * Appends events after {@code expectedVersion} and queues them for publication on
     * {@code topic}. Fails with {@link StreamConflictException} when another writer got there
     * first; the caller's transaction is then rolled back.
     */
    public Uni<List<RecordedEvent>> append(String streamType, UUID streamId, UUID caseId, long expectedVersion,
                                           List<NewEvent> events, EventMetadata metadata, String topic, Instant occurredAt) {
        return Panache.getSession().chain(session -> appendEach(session, streamType, streamId, caseId, expectedVersion,
                        events, metadata, topic, occurredAt, 0, new ArrayList<>(events.size())))
                .onFailure(failure -> SqlErrors.isUniqueViolation(failure, STREAM_VERSION_CONSTRAINT))
                .transform(failure -> new StreamConflictException(streamId, expectedVersion, failure));
    }

    private Uni<List<RecordedEvent>> appendEach(Mutiny.Session session, String streamType, UUID streamId, UUID caseId,
                                                long expectedVersion, List<NewEvent> events, EventMetadata metadata,
                                                String topic, Instant occurredAt, int index, List<RecordedEvent> done) {
        if (index == events.size()) {
            return Uni.createFrom().item(done);
        }
        NewEvent event = events.get(index);
        long version = expectedVersion + index + 1;
        return session.createNativeQuery(APPEND, Object.class)
                .setParameter(1, event.eventId())
                .setParameter(2, streamType)
                .setParameter(3, streamId)
                .setParameter(4, version)
                .setParameter(5, caseId)
                .setParameter(6, event.type())
                .setParameter(7, event.data())
                .setParameter(8, metadata.actor())
                .setParameter(9, metadata.correlationId())
                .setParameter(10, metadata.causationId())
                .setParameter(11, occurredAt.atOffset(ZoneOffset.UTC))
                .setParameter(12, topic)
                .getSingleResult()
                .chain(position -> {
                    done.add(new RecordedEvent(asLong(position), event.eventId(), streamType, streamId, version, caseId,
                            event.type(), event.data(), metadata.actor(), metadata.correlationId(),
                            metadata.causationId(), occurredAt));
                    return appendEach(session, streamType, streamId, caseId, expectedVersion, events, metadata, topic,
                            occurredAt, index + 1, done);
                });
    }

    private static List<RecordedEvent> toRecordedEvents(List<Object[]> rows) {
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            events.add(new RecordedEvent(asLong(row[0]), (UUID) row[1], (String) row[2], (UUID) row[3], asLong(row[4]),
                    (UUID) row[5], (String) row[6], (String) row[7], (String) row[8], (UUID) row[9], (UUID) row[10],
                    asInstant(row[11])));
        }
        return events;
    }

    static long asLong(Object value) {
        return ((Number) value).longValue();
    }

    static Instant asInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
