package io.rectify.contracts.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The hash of one event, as the event store computes it in SQL when it appends (event_hash in
 * V6__event_hash_chain.sql): whoever holds a Kafka record recomputes it from the record alone
 * (its CloudEvents headers and its value) and compares it with the record's {@code ce_hash}, and
 * a record's {@code ce_previoushash} with the hash of the record before it in its stream.
 */
public final class EventHashes {

    /** The time as hashed: UTC, always six fraction digits (PostgreSQL keeps microseconds). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EventHashes() {
    }

    /**
     * @param data         the event's JSON data exactly as published (the Kafka record's value)
     * @param previousHash the hex hash of the stream's previous event; null or empty for its first event
     * @return the hex SHA-256
     */
    public static String hash(String streamType, UUID streamId, long version, String type, String data, String actor,
                              Instant occurredAt, String previousHash) {
        return CanonicalEncoding.hex(CanonicalEncoding.sha256(CanonicalEncoding.of(streamType, streamId.toString(),
                Long.toString(version), type, data, actor, TIME.format(occurredAt), previousHash == null ? "" : previousHash)));
    }
}
