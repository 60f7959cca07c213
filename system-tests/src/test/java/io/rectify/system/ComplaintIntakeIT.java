package io.rectify.system;

import io.rectify.localstack.KafkaBroker;
import io.rectify.localstack.Service;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.PrometheusText;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaint intake across the three running services, seen from outside: over HTTP as a client,
 * on Kafka with a plain consumer as a CRM integrator.
 */
@ExtendWith(RunningSystem.class)
class ComplaintIntakeIT {

    @Test
    void filedComplaintsReachKafkaAsCloudEventsAndEachCustomerIsNotifiedOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(Complaints.file("INTAKE-" + i + "-" + UUID.randomUUID(), i % 3 == 0 ? "el" : "en"));
        }
        ids.subList(0, 6).forEach(Complaints::acknowledge);

        Map<String, List<ConsumerRecord<String, byte[]>>> byCase = recordsByCase(Set.copyOf(ids), 18);
        for (String id : ids) {
            List<ConsumerRecord<String, byte[]>> records = byCase.get(id);
            List<String> expectedEventIds = Complaints.eventIds(id);
            assertEquals(expectedEventIds, records.stream().map(r -> header(r, "ce_id")).toList(),
                    "every event of case " + id + " once, in order");
            for (ConsumerRecord<String, byte[]> record : records) {
                assertEquals("1.0", header(record, "ce_specversion"));
                assertEquals("/complaint-service", header(record, "ce_source"));
                assertEquals(id, header(record, "ce_subject"));
                assertEquals(id, header(record, "ce_caseid"));
                assertTrue(header(record, "ce_type").startsWith("io.rectify.complaint."));
                assertNotNull(Instant.parse(header(record, "ce_time")));
                assertEquals("application/json", header(record, "content-type"));
            }
            assertEquals("io.rectify.complaint.received.v1", header(records.get(0), "ce_type"));
            assertEquals("1", header(records.get(0), "ce_sequence"));
        }

        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            List<String> told = i < 6 ? List.of("receipt-acknowledgement", "acknowledgement") : List.of("receipt-acknowledgement");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(told,
                    Complaints.notifications(id).stream().map(n -> n.get("template")).toList(),
                    "the customer is told once of each step"));
        }
        assertEquals("el", Complaints.notifications(ids.get(0)).get(0).get("language"));
        assertEquals("en", Complaints.notifications(ids.get(1)).get(0).get("language"));
    }

    @Test
    void aBrokerOutageDelaysEventsButLosesNone() {
        KafkaBroker broker = RunningSystem.stack().kafka();
        List<String> ids = new ArrayList<>();
        try {
            broker.stop();
            for (int i = 0; i < 5; i++) {
                ids.add(Complaints.file("OUTAGE-" + i + "-" + UUID.randomUUID(), "sr"));
            }
            Complaints.acknowledge(ids.get(0));
            // commands succeed and the cases read back while the broker is away
            SystemUsers.as(SystemUsers.QUINN, Service.COMPLAINT).get("/complaints/{id}", ids.get(0))
                    .then().statusCode(200);
            // the relay gives up on this round and says why; the events wait in the outbox
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(RunningSystem.url(Service.COMPLAINT))
                    .get("/q/health/ready").then().extract()
                    .<String>path("checks.find { it.name == 'Outbox relay' }.data.lastError") != null);
            given().baseUri(RunningSystem.url(Service.COMPLAINT)).get("/q/health/ready").then().statusCode(200);
            // what an operator's Prometheus sees meanwhile: a backlog that ages, and the relay's failed rounds
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                PrometheusText metrics = complaintMetrics();
                assertTrue(metrics.valueOrZero("rectify_outbox_pending", Map.of()) >= 6, "pending");
                assertTrue(metrics.valueOrZero("rectify_outbox_oldest_pending_age_seconds", Map.of()) > 0, "age of the oldest");
                assertTrue(metrics.valueOrZero("rectify_outbox_publish_failures_total", Map.of("cause", "kafka")) > 0, "failures");
            });
        } finally {
            startQuietly(broker);
        }

        Map<String, List<ConsumerRecord<String, byte[]>>> byCase = recordsByCase(Set.copyOf(ids), 6);
        for (String id : ids) {
            List<String> published = byCase.get(id).stream().map(r -> header(r, "ce_id")).distinct().toList();
            assertEquals(Complaints.eventIds(id), published, "every committed event of " + id + " arrives, in order");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, Complaints.notifications(id).stream()
                    .filter(n -> "receipt-acknowledgement".equals(n.get("template"))).count(), "one receipt per complaint"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            PrometheusText metrics = complaintMetrics();
            assertEquals(0, metrics.valueOrZero("rectify_outbox_pending", Map.of()), "the backlog drained");
            assertEquals(0, metrics.valueOrZero("rectify_outbox_oldest_pending_age_seconds", Map.of()), "nothing waits");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(
                List.of("receipt-acknowledgement", "acknowledgement"),
                Complaints.notifications(ids.get(0)).stream().map(n -> n.get("template")).toList(),
                "the acknowledged case's customer is told once of each step"));
    }

    private static Map<String, List<ConsumerRecord<String, byte[]>>> recordsByCase(Set<String> caseIds, int expected) {
        TopicClient kafka = new TopicClient(RunningSystem.stack().kafka().bootstrapServers());
        Set<String> distinct = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> records = kafka.read("complaints.events",
                r -> caseIds.contains(r.key()) && distinct.add(header(r, "ce_id")), expected, Duration.ofSeconds(90));
        assertEquals(expected, records.size(), "events on complaints.events");
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, LinkedHashMap::new, Collectors.toList()));
    }

    private static PrometheusText complaintMetrics() {
        return PrometheusText.of(given().baseUri(RunningSystem.url(Service.COMPLAINT)).get("/q/metrics")
                .then().statusCode(200).extract().asString());
    }

    private static void startQuietly(KafkaBroker broker) {
        try {
            broker.start(Duration.ofSeconds(90));
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not come back", e);
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
