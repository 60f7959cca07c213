package io.rectify.eventsourcing.store;

import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.tracing.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends events to streams and reads them back. Every call joins the Hibernate Reactive session
 * and transaction of its caller, so an append commits or rolls back with the command's other
 * writes (the outbox entry, the read models, an idempotency key).
 */
@ApplicationScoped
public class EventStore {

    static final String STREAM_VERSION_CONSTRAINT = "events_stream_version_unique";

    /** Reads one stream in version order; an empty list means the aggregate does not exist. */
    public Uni<List<RecordedEvent>> readStream(UUID streamId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from StoredEvent e where e.streamId = :stream order by e.version", StoredEvent.class)
                .setParameter("stream", streamId)
                .getResultList()
                .map(EventStore::toRecordedEvents));
    }

    /** Up to {@code limit} events of one stream after {@code afterVersion}, in version order: a page of its history. */
    public Uni<List<RecordedEvent>> readStream(UUID streamId, long afterVersion, int limit) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from StoredEvent e where e.streamId = :stream and e.version > :after order by e.version",
                        StoredEvent.class)
                .setParameter("stream", streamId)
                .setParameter("after", afterVersion)
                .setMaxResults(limit)
                .getResultList()
                .map(EventStore::toRecordedEvents));
    }

    /**
     * Page {@code page} of a stream's history, {@code size} events a page, with one event more
     * when a next page exists (see {@code LinkedPages}); 404 when there is no such stream.
     */
    public Uni<List<RecordedEvent>> readHistoryPage(String streamType, UUID streamId, int page, int size) {
        return readHistory(streamId, (long) page * size, size + 1)
                .map(found -> found.orElseThrow(() -> new AggregateNotFoundException(streamType, streamId)));
    }

    /**
     * A page of a stream's history for the API: the events after {@code afterVersion}, or
     * nothing when the stream does not exist (a page past the end of one that does is empty).
     */
    public Uni<Optional<List<RecordedEvent>>> readHistory(UUID streamId, long afterVersion, int limit) {
        return readStream(streamId, afterVersion, limit).chain(events -> {
            if (!events.isEmpty()) {
                return Uni.createFrom().item(Optional.of(events));
            }
            Uni<Boolean> exists = afterVersion == 0 ? Uni.createFrom().item(false)
                    : readStream(streamId, 0, 1).map(first -> !first.isEmpty());
            return exists.map(yes -> yes ? Optional.of(events) : Optional.<List<RecordedEvent>>empty());
        });
    }

    /** Where a stream starts: its id and the position of its first event. */
    public record StreamStart(UUID streamId, long position) {
    }

    /**
     * Up to {@code limit} streams of one type whose first event lies after {@code afterPosition},
     * in the order they were started: the batches a replay walks through. In that order a batch's
     * events lie close together in the table, so a replay reads it nearly in sequence rather than
     * one random page per stream.
     */
    public Uni<List<StreamStart>> streamsStartedAfter(String streamType, long afterPosition, int limit) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select stream_id, position from events where stream_type = ?1 and version = 1"
                        + " and position > ?2 order by position limit ?3", Object[].class)
                .setParameter(1, streamType)
                .setParameter(2, afterPosition)
                .setParameter(3, limit)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new StreamStart((UUID) row[0], ((Number) row[1]).longValue())).toList()));
    }

    /**
     * Every event of the given streams, in (stream, version) order: a replay's batch. Read as
     * plain rows, so that the thousands of events a rebuild reads leave no entity in the session
     * for every later statement's flush to walk.
     */
    public Uni<List<RecordedEvent>> readStreams(List<UUID> streamIds) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select position, event_id, stream_type, stream_id, version, case_id, event_type,"
                        + " cast(data as text), actor, actor_id, correlation_id, causation_id, occurred_at from events"
                        + " where stream_id in (?1) order by stream_id, version", Object[].class)
                .setParameter(1, streamIds)
                .getResultList()
                .map(rows -> rows.stream().map(EventStore::recordedEvent).toList()));
    }

    private static RecordedEvent recordedEvent(Object[] row) {
        return new RecordedEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (UUID) row[3],
                ((Number) row[4]).longValue(), (UUID) row[5], (String) row[6], (String) row[7], (String) row[8],
                (String) row[9], (UUID) row[10], (UUID) row[11], SqlValues.instant(row[12]));
    }

    /** The whole history of a case across the aggregates of this store, in commit order. */
    public Uni<List<RecordedEvent>> readCase(UUID caseId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from StoredEvent e where e.caseId = :case order by e.position", StoredEvent.class)
                .setParameter("case", caseId)
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
        // the trace of the request or consumer appending: the relay's publish and what follows continue it
        String traceparent = TraceContext.current();
        return Panache.getSession().chain(session -> appendEach(session, streamType, streamId, caseId, expectedVersion,
                        events, metadata, topic, occurredAt, traceparent, 0, new ArrayList<>(events.size())))
                .onFailure(failure -> SqlErrors.isUniqueViolation(failure, STREAM_VERSION_CONSTRAINT))
                .transform(failure -> new StreamConflictException(streamId, expectedVersion, failure));
    }

    /**
     * One statement per event writes its row, chained to the previous event of its stream by hash
     * (V6__event_hash_chain.sql), and its outbox row: one round trip instead of two,
     * and no entity for Hibernate to track. The position comes back from the identity column, and
     * a concurrent writer's (stream, version) shows up right here as a unique violation.
     */
    private static final String APPEND = """
            with input as (
                select cast(cast(?7 as text) as jsonb) as data, cast(?12 as timestamptz) as occurred_at,
                       (select hash from events where stream_id = ?3 and version = ?4 - 1) as previous_hash),
            appended as (
                insert into events (event_id, stream_type, stream_id, version, case_id, event_type, data, actor, actor_id,
                                    correlation_id, causation_id, occurred_at, traceparent, previous_hash, hash)
                select ?1, ?2, ?3, ?4, ?5, ?6, data, ?8, ?9, ?10, ?11, occurred_at, ?14, previous_hash,
                       event_hash(?2, ?3, ?4, ?6, data, ?8, occurred_at, previous_hash)
                  from input
                returning position)
            insert into outbox (position, topic) select position, ?13 from appended returning position""";

    private Uni<List<RecordedEvent>> appendEach(Mutiny.Session session, String streamType, UUID streamId, UUID caseId,
                                                long expectedVersion, List<NewEvent> events, EventMetadata metadata,
                                                String topic, Instant occurredAt, String traceparent, int index,
                                                List<RecordedEvent> done) {
        if (index == events.size()) {
            return Uni.createFrom().item(done);
        }
        NewEvent event = events.get(index);
        long version = expectedVersion + index + 1;
        return session.createNativeQuery(APPEND, Long.class)
                .setParameter(1, event.eventId())
                .setParameter(2, streamType)
                .setParameter(3, streamId)
                .setParameter(4, version)
                .setParameter(5, caseId)
                .setParameter(6, event.type())
                .setParameter(7, event.data())
                .setParameter(8, metadata.actor())
                .setParameter(9, metadata.actorId())
                .setParameter(10, metadata.correlationId())
                .setParameter(11, metadata.causationId())
                .setParameter(12, occurredAt)
                .setParameter(13, topic)
                .setParameter(14, traceparent)
                .getSingleResult()
                .chain(position -> {
                    done.add(new RecordedEvent(position, event.eventId(), streamType, streamId, version, caseId, event.type(),
                            event.data(), metadata.actor(), metadata.actorId(), metadata.correlationId(),
                            metadata.causationId(), occurredAt));
                    return appendEach(session, streamType, streamId, caseId, expectedVersion, events, metadata, topic,
                            occurredAt, traceparent, index + 1, done);
                });
    }

    /** The trace the stream was started in (the traceparent of its first event), or null. */
    public Uni<String> traceparentOf(UUID streamId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select traceparent from events where stream_id = ?1 and version = 1", String.class)
                .setParameter(1, streamId)
                .getResultList()
                .map(found -> found.isEmpty() ? null : found.get(0)));
    }

    private static List<RecordedEvent> toRecordedEvents(List<StoredEvent> rows) {
        return rows.stream().map(StoredEvent::toRecordedEvent).toList();
    }
}
