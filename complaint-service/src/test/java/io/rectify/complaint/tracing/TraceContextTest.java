package io.rectify.complaint.tracing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.complaint.rest.ComplaintForms;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.rectify.testing.Users.asQualityManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trace of a request travels with its events: a client's W3C traceparent is continued by the
 * request, stored with the event, and sent with the Kafka record as traceparent and ce_traceparent
 * (the relay's publish span, a child in the same trace).
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class TraceContextTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theRecordOfAFiledComplaintCarriesTheTraceOfTheRequestThatFiledIt() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String clientSpan = HexFormat.of().formatHex(randomBytes(8));
        String id = asQualityManager().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                .body(ComplaintForms.valid()).post("/complaints")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, byte[]>> records = new TopicClient(bootstrapServers)
                .read("complaints.events", record -> id.equals(record.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        String traceparent = header(records.get(0), "traceparent");
        assertEquals(traceparent, header(records.get(0), "ce_traceparent"), "the CloudEvents extension says the same");
        String[] parts = traceparent.split("-");
        assertEquals(4, parts.length, traceparent);
        assertEquals(traceId, parts[1], "the client's trace goes on through Kafka");
        assertNotEquals(clientSpan, parts[2], "the record's parent is the relay's publish span, not the client's");
        assertEquals("01", parts[3], "sampled");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero: an invalid id
        return bytes;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertTrue(header != null, name + " on the record");
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
