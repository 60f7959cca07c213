package io.rectify.car.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.rectify.contracts.common.ContainedStock;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.ComplaintEvent;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.rectify.testing.Users.asAdmin;
import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** car-service reads complaints.events and passes over what does not concern it, without parking or stalling. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void complaintEventsThatNeedNoCarAreConsumedAndSkipped() {
        UUID complaintId = UUID.randomUUID();
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(CloudEventsKafka.toRecord("complaints.events", new CloudEvent(UUID.randomUUID().toString(),
                "/complaint-service", "io.rectify.complaint.acknowledged.v1", complaintId.toString(), Instant.now(),
                "application/json", complaintId, 2, "test", "test", UUID.randomUUID(), null,
                "{\"complaintId\":\"" + complaintId + "\",\"comment\":null,\"acknowledgedAt\":\"2026-11-20T10:00:00Z\"}")));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertEquals(endOffsets(admin), committedOffsets(admin), "car-service has consumed the whole topic"));
        }
        assertEquals(0, kafka.read("car-service.dead-letter", r -> complaintId.toString().equals(r.key()), 1,
                Duration.ofSeconds(2)).size());
    }

    @Test
    void aRecordThatCannotBeReadIsParkedListedAndReplayedByAnAdmin() {
        String key = UUID.randomUUID().toString();
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(new org.apache.kafka.clients.producer.ProducerRecord<>("complaints.events", key,
                "not a cloud event".getBytes(StandardCharsets.UTF_8)));

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersWith(key).size() == 1);
        Map<String, Object> parked = deadLettersWith(key).get(0);
        assertEquals("complaints.events", parked.get("originTopic"));
        assertEquals("car-service.complaints", parked.get("consumer"));
        assertEquals("missing header ce_specversion", parked.get("reason"));

        asQualityManager().post("/admin/dead-letters/{partition}/{offset}/replay", parked.get("partition"), parked.get("offset"))
                .then().statusCode(403);
        asAdmin().post("/admin/dead-letters/{partition}/{offset}/replay", parked.get("partition"), parked.get("offset"))
                .then().statusCode(200).body("originTopic", equalTo("complaints.events"));

        // the record went back to its topic, unchanged and marked as replayed; still unreadable, it is parked again
        List<ConsumerRecord<String, byte[]>> sent = kafka.read("complaints.events", r -> key.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(2, sent.size());
        assertEquals("ada", new String(sent.get(1).headers().lastHeader("replayed-by").value(), StandardCharsets.UTF_8));
        assertEquals("not a cloud event", new String(sent.get(1).value(), StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettersWith(key).size() == 2);
        asAdmin().post("/admin/dead-letters/{partition}/{offset}/replay", 0, Long.MAX_VALUE - 1).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<Map<String, Object>> deadLettersWith(String key) {
        List<Map<String, Object>> all = asAdmin().get("/admin/dead-letters").then().statusCode(200).extract().path("$");
        return all.stream().filter(letter -> key.equals(letter.get("key"))).toList();
    }

    @Test
    void aCorrectiveActionRequestOpensOneCarEvenWhenItArrivesTwice() throws Exception {
        UUID complaintId = UUID.randomUUID();
        CloudEvent request = requestFor(complaintId);
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(CloudEventsKafka.toRecord("complaints.events", request));
        kafka.send(CloudEventsKafka.toRecord("complaints.events", request));
        // a second request with another event id (the case asked again) finds the same CAR
        kafka.send(CloudEventsKafka.toRecord("complaints.events", requestFor(complaintId)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().queryParam("complaintId", complaintId).get("/cars")
                .then().body("total", equalTo(1))
                .body("items[0].complaintReference", equalTo("CMP-2026-000777"))
                .body("items[0].source", equalTo("CUSTOMER"))
                .body("items[0].initialContainment.atCustomer.quantity", equalTo(50)));
        String carId = asQualityManager().queryParam("complaintId", complaintId).get("/cars").then().extract().path("items[0].id");
        asQualityManager().get("/cars/{id}/events", carId).then().body("$", hasSize(1)).body("[0].causationId", equalTo(request.id()));

        List<ConsumerRecord<String, byte[]>> opened = kafka.read("cars.events", r -> complaintId.toString().equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertEquals(1, opened.size(), "the CAR's events are keyed by the complaint's case");
        assertEquals("io.rectify.car.opened.v1", new String(opened.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        assertEquals(carId, new String(opened.get(0).headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8));
    }

    @Test
    void aFollowUpThatFoundTheActionNotEffectiveReopensTheCarAtD4() throws Exception {
        UUID complaintId = UUID.randomUUID();
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(CloudEventsKafka.toRecord("complaints.events", requestFor(complaintId)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asQualityManager().queryParam("complaintId", complaintId).get("/cars").then().body("total", equalTo(1)));
        String carId = asQualityManager().queryParam("complaintId", complaintId).get("/cars").then().extract().path("items[0].id");
        for (var step : new Object[][]{{"team", io.rectify.car.rest.EightD.team()},
                {"problem-description", io.rectify.car.rest.EightD.problem()},
                {"containment", io.rectify.car.rest.EightD.containment()},
                {"root-cause", io.rectify.car.rest.EightD.rootCause()}}) {
            asQualityManager().contentType("application/json").body(step[1]).post("/cars/{id}/" + step[0], carId).then().statusCode(200);
        }
        ComplaintEvent.FollowUpRecorded notEffective = new ComplaintEvent.FollowUpRecorded(complaintId, Effectiveness.NOT_EFFECTIVE,
                "voids again after 3 weeks", UUID.fromString(carId), Instant.now());
        kafka.send(CloudEventsKafka.toRecord("complaints.events", envelope(complaintId, "io.rectify.complaint.follow-up-recorded.v1",
                json.writeValueAsString(notEffective), 9)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asQualityManager().get("/cars/{id}", carId).then()
                .body("status", equalTo("CONTAINED"))
                .body("reopenings[0].reason", containsString("voids again after 3 weeks")));
    }

    private CloudEvent requestFor(UUID complaintId) throws Exception {
        ComplaintEvent.CorrectiveActionRequested requested = new ComplaintEvent.CorrectiveActionRequested(complaintId,
                "CMP-2026-000777", "contacts stick", new Customer("ACME", "ACME Automotive", "q@acme.example", Language.EL),
                new Product("SW-100", "Rocker switch"), "LOT-7", Severity.MAJOR,
                new Containment(new ContainedStock(50, "sorted"), null, null), "8D please", Instant.now());
        return envelope(complaintId, "io.rectify.complaint.corrective-action-requested.v1", json.writeValueAsString(requested), 4);
    }

    private static CloudEvent envelope(UUID complaintId, String type, String data, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/complaint-service", type, complaintId.toString(), Instant.now(),
                "application/json", complaintId, sequence, "j.doe", "subject-j-doe", UUID.randomUUID(), null, data);
    }

    private static Map<TopicPartition, Long> committedOffsets(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets("car-service").partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals("complaints.events"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((OffsetAndMetadata) e.getValue()).offset()));
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(java.util.List.of("complaints.events")).allTopicNames().get()
                .get("complaints.events").partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition("complaints.events", p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .filter(e -> e.getValue().offset() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
