package io.rectify.eventsourcing.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloudEventsJsonTest {

    @Test
    void structuredModeCarriesTheAttributesAndTheDataAsJson() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID correlation = UUID.randomUUID();
        CloudEvent event = new CloudEvent("e-1", "/complaint-service", "io.rectify.complaint.closed.v1", "s-1",
                Instant.parse("2026-11-20T10:15:30Z"), "application/json", caseId, 7, "m.papadopoulou", "4b1d-subject", correlation, null,
                "{\"comment\":\"Συμφωνούμε\"}");

        JsonNode json = new ObjectMapper().readTree(CloudEventsJson.structured(event));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("e-1", json.get("id").asText());
        assertEquals("io.rectify.complaint.closed.v1", json.get("type").asText());
        assertEquals("2026-11-20T10:15:30Z", json.get("time").asText());
        assertEquals(caseId.toString(), json.get("caseid").asText());
        assertEquals("7", json.get("sequence").asText());
        assertEquals(correlation.toString(), json.get("correlationid").asText());
        assertEquals("m.papadopoulou", json.get("actor").asText());
        assertEquals("4b1d-subject", json.get("actorid").asText());
        assertFalse(json.has("causationid"), "absent attributes are left out, not null");
        assertEquals("Συμφωνούμε", json.get("data").get("comment").asText(), "data is embedded JSON, not a string");
    }

    @Test
    void dataThatIsNotJsonIsRefused() {
        CloudEvent event = new CloudEvent("e-1", "/x", "t", "s", Instant.now(), "application/json", UUID.randomUUID(), 1,
                "a", "a", null, null, "{not json");
        assertThrows(IllegalArgumentException.class, () -> CloudEventsJson.structured(event));
    }
}
