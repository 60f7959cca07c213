package io.rectify.contracts.audit;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;

import java.time.Instant;

/**
 * What a service publishes about its own record, on its own topic beside its cases' events.
 * Consumers that follow cases ignore it (as any type they do not know).
 */
public sealed interface AuditEvent {

    EventTypes<AuditEvent> TYPES = EventTypes.of(AuditEvent.class);

    /**
     * The heads of all hash chains of the service's event store, combined into one Merkle root
     * ({@link MerkleTree}): whoever keeps this record can later prove that a stream stood at a
     * version with a hash at {@code anchoredAt}, so history rewritten in the database afterwards,
     * even by its owner, no longer matches.
     *
     * @param anchor       the anchor's number, 1, 2, 3, … in the service
     * @param root         hex SHA-256 root of the tree
     * @param streams      how many chains (leaves) it covers, in the order of their stream ids
     * @param previousRoot the root of the anchor before it (null for the first)
     */
    @EventType("io.rectify.audit.chains-anchored.v1")
    record ChainsAnchored(long anchor, String root, long streams, String previousRoot, Instant anchoredAt)
            implements AuditEvent {
    }
}
