package io.rectify.eventsourcing.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A client's Idempotency-Key, the fingerprint of the request it came with, and what it created. */
@Entity
@Table(name = "idempotency_keys")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey {

    public record Id(String scope, String key) implements Serializable {
        public Id() {
            this(null, null);
        }
    }

    @jakarta.persistence.Id
    public String scope;
    @jakarta.persistence.Id
    @Column(name = "idempotency_key")
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "stream_id")
    public UUID streamId;
}
