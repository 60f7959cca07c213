package io.rectify.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.contracts.audit.CanonicalEncoding;
import io.rectify.contracts.audit.EventHashes;
import io.rectify.contracts.audit.MerkleTree;
import io.rectify.localstack.Service;
import io.rectify.localstack.TopicClient;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An auditor's check of one case on the running system, trusting the Kafka records and not the
 * database: each record's hash is recomputed from the record alone, the records chain, they are
 * the events the case's audit shows, and the case's head is proven against the root of the
 * chains-anchored record on complaints.events. The export holds the record and the mails sent.
 */
@ExtendWith(RunningSystem.class)
class AuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCasesRecordsOnKafkaChainAndItsHeadIsInThePublishedAnchor() throws Exception {
        String id = Complaints.file(SystemUsers.ACME, "el");
        Complaints.acknowledge(id);
        SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).post("/admin/audit/anchors").then().statusCode(403);
        JsonPath anchor = SystemUsers.as(SystemUsers.ADA, Service.COMPLAINT).post("/admin/audit/anchors").then().statusCode(200)
                .extract().jsonPath();
        JsonPath audit = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}/audit", id).then()
                .statusCode(200).extract().jsonPath();

        // the case's records, as a CRM that follows the topic holds them
        TopicClient kafka = new TopicClient(RunningSystem.stack().kafka().bootstrapServers());
        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> records = kafka.read("complaints.events",
                r -> id.equals(header(r, "ce_subject")) && seen.add(header(r, "ce_id")), 2, Duration.ofSeconds(60));
        assertEquals(2, records.size());
        String previous = null;
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            String hash = EventHashes.hash(header(record, "ce_streamtype"), UUID.fromString(header(record, "ce_subject")),
                    Long.parseLong(header(record, "ce_sequence")), header(record, "ce_type"),
                    new String(record.value(), StandardCharsets.UTF_8), header(record, "ce_actor"),
                    Instant.parse(header(record, "ce_time")), header(record, "ce_previoushash"));
            assertEquals(hash, header(record, "ce_hash"), "the record's hash is the hash of what it says");
            assertEquals(previous, header(record, "ce_previoushash"), "and it follows the one before it");
            assertEquals(audit.getString("links[" + i + "].hash"), hash, "the audit shows the same chain");
            previous = hash;
        }

        List<ConsumerRecord<String, byte[]>> anchors = kafka.read("complaints.events",
                r -> "io.rectify.audit.chains-anchored.v1".equals(header(r, "ce_type"))
                        && anchor.getString("anchor").equals(header(r, "ce_sequence")), 1, Duration.ofSeconds(60));
        assertEquals(1, anchors.size(), "the anchor is published");
        JsonNode published = JSON.readTree(anchors.get(0).value());
        assertEquals(anchor.getString("root"), published.get("root").asText());
        byte[] leaf = MerkleTree.leafHash("complaint", UUID.fromString(id), 2, previous);
        assertTrue(MerkleTree.verifyInclusion(leaf, audit.getLong("anchored.leaf"), published.get("streams").asLong(),
                audit.getList("anchored.path", String.class).stream().map(CanonicalEncoding::unhex).toList(),
                CanonicalEncoding.unhex(published.get("root").asText())), "the head, as on Kafka, is in the published root");

        // the export: the events with their hashes, the mails notification-service sent, the verification
        String email = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", id).then()
                .extract().path("customer.email");
        String hash = previous;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT)
                .get("/complaints/{id}/audit/export", id).then().statusCode(200)
                .body(containsString(hash))
                .body(containsString("The chain holds"))
                .body(containsString(published.get("root").asText()))
                .body(containsString(email))
                .body(containsString("SENT")));
        byte[] pdf = SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).accept("application/pdf")
                .get("/complaints/{id}/audit/export", id).then().statusCode(200).extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        SystemUsers.as(SystemUsers.CARLA, Service.COMPLAINT).get("/complaints/{id}/audit/export", id).then().statusCode(403);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
