package io.rectify.eventsourcing.cloudevents;

import io.rectify.eventsourcing.store.RecordedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloudEventsKafkaTest {

    private final UUID caseId = UUID.randomUUID();
    private final UUID carId = UUID.randomUUID();
    private final RecordedEvent stored = new RecordedEvent(42, UUID.randomUUID(), "car", carId, 3, caseId,
            "io.rectify.car.team-formed.v1", "{\"leader\":\"A. Petrović\"}", "a.petrovic", "2f6a1c9e-subject", UUID.randomUUID(),
            UUID.randomUUID(), Instant.parse("2026-11-20T10:15:30.123456Z"));

    @Test
    void aStoredEventBecomesABinaryModeRecordKeyedByItsCase() {
        ProducerRecord<String, byte[]> record = CloudEventsKafka.toRecord("cars.events", CloudEventsKafka.of(stored, "/car-service"));

        assertEquals("cars.events", record.topic());
        assertEquals(caseId.toString(), record.key(), "the case, not the CAR, keys the record");
        assertEquals("{\"leader\":\"A. Petrović\"}", new String(record.value(), StandardCharsets.UTF_8));
        assertEquals("1.0", header(record.headers().lastHeader("ce_specversion")));
        assertEquals(stored.eventId().toString(), header(record.headers().lastHeader("ce_id")));
        assertEquals("/car-service", header(record.headers().lastHeader("ce_source")));
        assertEquals("io.rectify.car.team-formed.v1", header(record.headers().lastHeader("ce_type")));
        assertEquals(carId.toString(), header(record.headers().lastHeader("ce_subject")), "the subject is the aggregate");
        assertEquals("2026-11-20T10:15:30.123456Z", header(record.headers().lastHeader("ce_time")));
        assertEquals(caseId.toString(), header(record.headers().lastHeader("ce_caseid")));
        assertEquals("3", header(record.headers().lastHeader("ce_sequence")));
        assertEquals("application/json", header(record.headers().lastHeader("content-type")));
        assertEquals("a.petrovic", header(record.headers().lastHeader("ce_actor")));
        assertEquals("2f6a1c9e-subject", header(record.headers().lastHeader("ce_actorid")), "the subject beside the username");
    }

    @Test
    void aRecordReadsBackAsTheSameCloudEvent() {
        CloudEvent event = CloudEventsKafka.of(stored, "/car-service");
        ProducerRecord<String, byte[]> written = CloudEventsKafka.toRecord("cars.events", event);

        assertEquals(event, CloudEventsKafka.fromRecord(consumed(written.key(), written.value(), written.headers())));
    }

    @Test
    void aRecordWithoutTheRequiredAttributesIsMalformed() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        assertThrows(CloudEventsKafka.MalformedCloudEventException.class,
                () -> CloudEventsKafka.fromRecord(consumed("k", "{}".getBytes(StandardCharsets.UTF_8), headers)));

        ProducerRecord<String, byte[]> written = CloudEventsKafka.toRecord("cars.events", CloudEventsKafka.of(stored, "/car-service"));
        written.headers().remove("ce_time");
        written.headers().add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));
        assertThrows(CloudEventsKafka.MalformedCloudEventException.class,
                () -> CloudEventsKafka.fromRecord(consumed(written.key(), written.value(), written.headers())));
    }

    private static ConsumerRecord<String, byte[]> consumed(String key, byte[] value, Iterable<Header> headers) {
        RecordHeaders copy = new RecordHeaders();
        headers.forEach(copy::add);
        return new ConsumerRecord<>("cars.events", 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, key, value, copy, Optional.empty());
    }

    private static String header(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
