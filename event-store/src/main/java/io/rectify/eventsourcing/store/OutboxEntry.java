package io.rectify.eventsourcing.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An event waiting to be published: written in the transaction that appends the event, marked
 * by the outbox relay once Kafka has acknowledged it.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    public long position;
    public String topic;
    @Column(name = "published_at")
    public Instant publishedAt;

    public OutboxEntry() {
    }

    OutboxEntry(long position, String topic) {
        this.position = position;
        this.topic = topic;
    }
}
