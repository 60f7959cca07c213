package io.rectify.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rectify.localstack.Service;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.AsyncApiContract;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an integrator does with the AsyncAPI documents: takes each service's from {@code /q/asyncapi}
 * and validates the records on its topic against it, headers and data, without reading Rectify's
 * code. Every record on the three topics is checked, this test's case among them.
 */
@ExtendWith(RunningSystem.class)
class EventContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRecordOnTheThreeTopicsMatchesTheAsyncApiDocumentOfTheServiceThatPublishesIt() throws IOException {
        String complaintId = Complaints.file("CONTRACT-" + UUID.randomUUID(), "el");
        EightDSteps.toRootCause(complaintId, "MACHINE", "MEASUREMENT");

        check(Service.COMPLAINT, "complaints.events", complaintId);
        check(Service.CAR, "cars.events", complaintId);
        check(Service.NOTIFICATION, "notifications.events", complaintId);
    }

    private static void check(Service service, String topic, String caseId) throws IOException {
        String document = given().baseUri(RunningSystem.url(service)).get("/q/asyncapi")
                .then().statusCode(200).contentType("application/json").extract().asString();
        AsyncApiContract contract = AsyncApiContract.of(document);
        assertEquals(List.of(), contract.documentErrors(), service + "'s document is AsyncAPI 3.0");
        JsonNode parsed = JSON.readTree(document);
        assertEquals(topic, parsed.at("/channels").elements().next().path("address").asText());
        Map<String, String> messageByType = new HashMap<>();
        parsed.at("/components/messages").properties()
                .forEach(message -> messageByType.put(message.getValue().path("name").asText(), message.getKey()));

        TopicClient kafka = new TopicClient(RunningSystem.stack().kafka().bootstrapServers());
        List<ConsumerRecord<String, byte[]>> records = kafka.read(topic, record -> true, Integer.MAX_VALUE, Duration.ofSeconds(15));
        assertTrue(records.stream().anyMatch(record -> caseId.equals(record.key())), "this test's case is on " + topic);
        List<String> defects = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = ComplaintIntakeIT.header(record, "ce_type");
            String where = topic + "@" + record.partition() + ":" + record.offset() + " " + type + ": ";
            String message = messageByType.get(type);
            if (message == null) {
                defects.add(where + "no message of this type in the document");
                continue;
            }
            contract.dataErrors(message, new String(record.value(), StandardCharsets.UTF_8)).forEach(e -> defects.add(where + e));
            contract.headerErrors(message, headers(record)).forEach(e -> defects.add(where + e));
        }
        assertEquals(List.of(), defects, records.size() + " records on " + topic);
    }

    /** The record's headers as the JSON object the document's header schema describes (the last value of a key wins). */
    private static String headers(ConsumerRecord<String, byte[]> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers.toString();
    }
}
