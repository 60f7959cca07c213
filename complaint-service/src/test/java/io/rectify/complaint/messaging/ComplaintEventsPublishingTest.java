package io.rectify.complaint.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TestTokens;
import io.rectify.testing.Users;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** What a CRM integrator reading complaints.events sees after a case is filed and acknowledged. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintEventsPublishingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void everyStateChangeIsPublishedAsABinaryCloudEventKeyedByTheCase() throws Exception {
        Map<String, Object> form = io.rectify.complaint.rest.ComplaintForms.valid();
        var created = asQualityManager().contentType(ContentType.JSON).header("X-Actor", "crm:sales-portal").body(form)
                .post("/complaints").then().statusCode(201).extract();
        String id = created.path("id");
        String reference = created.path("reference");
        asQualityManager().header("X-Actor", "m.papadopoulou").post("/complaints/{id}/acknowledgement", id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = new TopicClient(bootstrapServers)
                .read("complaints.events", r -> id.equals(r.key()), 2, Duration.ofSeconds(30));

        assertEquals(2, records.size(), "received and acknowledged, in order");
        assertEquals(records.get(0).partition(), records.get(1).partition(), "one case stays in one partition");

        ConsumerRecord<String, byte[]> received = records.get(0);
        assertEquals("1.0", header(received, "ce_specversion"));
        assertEquals("io.rectify.complaint.received.v1", header(received, "ce_type"));
        assertEquals("/complaint-service", header(received, "ce_source"));
        assertEquals(id, header(received, "ce_subject"));
        assertEquals(id, header(received, "ce_caseid"));
        assertEquals("1", header(received, "ce_sequence"));
        assertEquals(Users.QUINN, header(received, "ce_actor"), "the actor is the user behind the token, not X-Actor");
        assertEquals(TestTokens.subjectOf(Users.QUINN), header(received, "ce_actorid"));
        assertEquals("application/json", header(received, "content-type"));
        assertNotNull(UUID.fromString(header(received, "ce_id")));
        assertNotNull(Instant.parse(header(received, "ce_time")));
        JsonNode data = json.readTree(new String(received.value(), StandardCharsets.UTF_8));
        assertEquals(id, data.get("complaintId").asText());
        assertEquals(reference, data.get("reference").asText());
        assertEquals("SW-100", data.get("product").get("partNumber").asText());

        ConsumerRecord<String, byte[]> acknowledged = records.get(1);
        assertEquals("io.rectify.complaint.acknowledged.v1", header(acknowledged, "ce_type"));
        assertEquals("2", header(acknowledged, "ce_sequence"));
        assertEquals(Users.QUINN, header(acknowledged, "ce_actor"));

        List<String> historyIds = asQualityManager().get("/complaints/{id}/events", id).then().extract().path("eventId");
        assertEquals(historyIds, records.stream().map(r -> header(r, "ce_id")).toList(),
                "the CloudEvent id is the event id of the audit trail");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
