package io.rectify.eventsourcing.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.audit.AuditEvent;
import io.rectify.testing.AsyncApiContract;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI documents the build wrote: valid AsyncAPI 3.0, complete, and schemas with teeth. */
class AsyncApiDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTopicsDocumentIsValidAsyncApi3AndHasAMessagePerEventType() throws IOException {
        for (AsyncApiDocuments.Contract contract : AsyncApiDocuments.CONTRACTS) {
            String text = built(contract);
            assertEquals(List.of(), AsyncApiContract.of(text).documentErrors(), contract.topic());
            JsonNode document = JSON.readTree(text);
            assertEquals(contract.topic(), document.at("/channels").elements().next().path("address").asText());
            Set<String> types = new TreeSet<>();
            document.at("/components/messages").forEach(message -> types.add(message.path("name").asText()));
            // the service's events, and the anchors of its hash chains it publishes beside them
            Set<String> expected = new TreeSet<>(EventTypes.of(contract.events()).all().keySet());
            expected.addAll(AuditEvent.TYPES.all().keySet());
            assertEquals(expected, types, contract.topic());
        }
    }

    @Test
    void aPayloadSchemaRefusesDataThatLacksAFieldOrHasAWrongValue() throws IOException {
        AsyncApiContract complaints = AsyncApiContract.of(built(AsyncApiDocuments.CONTRACTS.get(0)));
        String acknowledged = """
                {"complaintId":"0b6f3c1e-8a7d-4f7e-9c53-2f1f5b0e8a11","comment":null,"acknowledgedAt":"2026-12-03T10:00:00Z"}""";
        assertEquals(List.of(), complaints.dataErrors("complaintAcknowledgedV1", acknowledged));
        assertFalse(complaints.dataErrors("complaintAcknowledgedV1", """
                {"complaintId":"0b6f3c1e-8a7d-4f7e-9c53-2f1f5b0e8a11","comment":null}""").isEmpty(), "acknowledgedAt is required");
        assertFalse(complaints.dataErrors("complaintAcknowledgedV1", """
                {"complaintId":42,"comment":null,"acknowledgedAt":"2026-12-03T10:00:00Z"}""").isEmpty(), "an id is a string");
        List<String> severity = complaints.dataErrors("complaintDeadlineMissedV1", """
                {"complaintId":"0b6f3c1e-8a7d-4f7e-9c53-2f1f5b0e8a11","milestone":"LUNCH","dueAt":"2026-12-03T10:00:00Z",
                 "detectedAt":"2026-12-03T10:00:00Z"}""");
        assertTrue(severity.stream().anyMatch(error -> error.contains("milestone")), severity.toString());
    }

    @Test
    void theAsyncApiSchemaRefusesADocumentWithoutTitleAndVersion() {
        assertFalse(AsyncApiContract.of("""
                {"asyncapi":"3.0.0","info":{},"channels":{"c":{"address":7}}}""").documentErrors().isEmpty());
    }

    @Test
    void messageNamesFollowTheEventType() {
        assertEquals("complaintReceivedV1", AsyncApiDocuments.messageName("io.rectify.complaint.received.v1"));
        assertEquals("carReportSharedV1", AsyncApiDocuments.messageName("io.rectify.car.report-shared.v1"));
    }

    private static String built(AsyncApiDocuments.Contract contract) throws IOException {
        try (InputStream in = AsyncApiDocumentsTest.class.getClassLoader().getResourceAsStream(contract.resource())) {
            assertTrue(in != null, contract.resource() + " was written by the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
