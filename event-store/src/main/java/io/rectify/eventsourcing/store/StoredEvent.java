package io.rectify.eventsourcing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the event store as reads see it. Rows are only ever inserted (by {@link EventStore}'s
 * append, in SQL), never changed (a database trigger refuses updates and deletes), so Hibernate
 * treats them as immutable.
 */
@Entity
@Immutable
@Table(name = "events")
public class StoredEvent {

    /** The global order of the store, assigned by the database on insert. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "stream_type")
    public String streamType;
    @Column(name = "stream_id")
    public UUID streamId;
    public long version;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "event_type")
    public String eventType;
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;
    public String actor;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "correlation_id")
    public UUID correlationId;
    @Column(name = "causation_id")
    public UUID causationId;
    @Column(name = "occurred_at")
    public Instant occurredAt;

    public StoredEvent() {
    }

    RecordedEvent toRecordedEvent() {
        return new RecordedEvent(position, eventId, streamType, streamId, version, caseId, eventType, data, actor, actorId,
                correlationId, causationId, occurredAt);
    }
}
