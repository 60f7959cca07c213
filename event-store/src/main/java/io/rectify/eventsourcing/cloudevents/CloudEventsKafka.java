package io.rectify.eventsourcing.cloudevents;

import io.rectify.eventsourcing.store.RecordedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The CloudEvents Kafka protocol binding in binary mode, the one mapping every service uses:
 * attributes travel as {@code ce_*} headers, the JSON data is the record value, the case id is
 * the record key (so all events of a case keep their order in one partition).
 */
public final class CloudEventsKafka {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CASE_ID = "ce_caseid";
    public static final String SEQUENCE = "ce_sequence";
    public static final String ACTOR = "ce_actor";
    public static final String ACTOR_ID = "ce_actorid";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    /** The event's link in its stream's hash chain (see {@code EventHashes}): stream type, previous hash, own hash. */
    public static final String STREAM_TYPE = "ce_streamtype";
    public static final String PREVIOUS_HASH = "ce_previoushash";
    public static final String HASH = "ce_hash";
    /** In binary mode {@code datacontenttype} maps to the plain content-type header. */
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventsKafka() {
    }

    /** The CloudEvent of a stored event, published by {@code source} (e.g. {@code /complaint-service}). */
    public static CloudEvent of(RecordedEvent event, String source) {
        return new CloudEvent(event.eventId().toString(), source, event.type(), event.streamId().toString(),
                event.occurredAt(), JSON, event.caseId(), event.version(), event.actor(), event.actorId(), event.correlationId(),
                event.causationId(), event.data());
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
        Headers headers = new RecordHeaders();
        put(headers, SPECVERSION, SPEC_VERSION);
        put(headers, ID, event.id());
        put(headers, SOURCE, event.source());
        put(headers, TYPE, event.type());
        put(headers, SUBJECT, event.subject());
        put(headers, TIME, event.time().toString());
        put(headers, CONTENT_TYPE, event.dataContentType());
        put(headers, CASE_ID, event.caseId().toString());
        put(headers, SEQUENCE, Long.toString(event.sequence()));
        put(headers, ACTOR, event.actor());
        if (event.actorId() != null) {
            put(headers, ACTOR_ID, event.actorId());
        }
        if (event.correlationId() != null) {
            put(headers, CORRELATION_ID, event.correlationId().toString());
        }
        if (event.causationId() != null) {
            put(headers, CAUSATION_ID, event.causationId().toString());
        }
        return new ProducerRecord<>(topic, null, event.caseId().toString(),
                event.data().getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Adds the event's link in its hash chain, so whoever holds the record can recompute its hash
     * from the record alone and follow the chain from record to record without the database.
     * {@code previousHash} is null for the first event of a stream.
     */
    public static ProducerRecord<String, byte[]> chained(ProducerRecord<String, byte[]> record, String streamType,
                                                         String previousHash, String hash) {
        put(record.headers(), STREAM_TYPE, streamType);
        if (previousHash != null) {
            put(record.headers(), PREVIOUS_HASH, previousHash);
        }
        put(record.headers(), HASH, hash);
        return record;
    }

    /**
     * Reads a record written by {@link #toRecord}. A record that is not such a CloudEvent can
     * never be processed: it fails with {@link MalformedCloudEventException}.
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedCloudEventException("unsupported CloudEvents specversion " + specVersion);
        }
        if (record.value() == null) {
            throw new MalformedCloudEventException("record has no data");
        }
        try {
            return new CloudEvent(required(headers, ID), required(headers, SOURCE), required(headers, TYPE),
                    optional(headers, SUBJECT), Instant.parse(required(headers, TIME)),
                    optional(headers, CONTENT_TYPE), UUID.fromString(required(headers, CASE_ID)),
                    Long.parseLong(required(headers, SEQUENCE)), optional(headers, ACTOR), optional(headers, ACTOR_ID),
                    uuidOrNull(optional(headers, CORRELATION_ID)), uuidOrNull(optional(headers, CAUSATION_ID)),
                    new String(record.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedCloudEventException("malformed CloudEvents attribute: " + e.getMessage());
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedCloudEventException("missing header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID uuidOrNull(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    /** The record is not a Rectify CloudEvent; retrying cannot help. */
    public static class MalformedCloudEventException extends IllegalArgumentException {
        public MalformedCloudEventException(String message) {
            super(message);
        }
    }
}
