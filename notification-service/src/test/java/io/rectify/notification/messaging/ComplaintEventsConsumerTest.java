package io.rectify.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.localstack.TopicClient;
import io.rectify.notification.SmtpServer;
import io.rectify.testing.RectifyTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.rectify.testing.Users.asQualityManager;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** notification-service reading complaints.events from a real broker, as complaint-service writes it. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
@WithTestResource(SmtpServer.class)
class ComplaintEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Test
    void aReceivedComplaintQueuesOneReceiptAcknowledgementInTheCustomersLanguage() throws Exception {
        UUID complaintId = UUID.randomUUID();
        CloudEvent received = received(complaintId, Language.EL);
        kafka().send(CloudEventsKafka.toRecord("complaints.events", received));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asQualityManager().queryParam("caseId", complaintId).get("/notifications")
                        .then().statusCode(200)
                        .body("$", hasSize(1))
                        .body("[0].template", equalTo("receipt-acknowledgement"))
                        .body("[0].channel", equalTo("EMAIL"))
                        .body("[0].recipient", equalTo("quality@acme.example"))
                        .body("[0].language", equalTo("el"))
                        .body("[0].status", equalTo("SENT"))
                        .body("[0].caseReference", equalTo("CMP-2026-000042")));

        List<ConsumerRecord<String, byte[]>> published = kafka().read("notifications.events",
                r -> complaintId.toString().equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(List.of("io.rectify.notification.queued.v1", "io.rectify.notification.sent.v1"),
                published.stream().map(r -> header(r, "ce_type")).toList(),
                "the notification's own events are published, keyed by the case");
        assertEquals(received.id(), header(published.get(0), "ce_causationid"));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        UUID complaintId = UUID.randomUUID();
        CloudEvent received = received(complaintId, null);
        kafka().send(CloudEventsKafka.toRecord("complaints.events", received));
        kafka().send(CloudEventsKafka.toRecord("complaints.events", received));
        kafka().send(CloudEventsKafka.toRecord("complaints.events", received));
        // a later event of the same case, on the same partition, proves the duplicates were consumed
        CloudEvent marker = received(UUID.randomUUID(), null);
        kafka().send(new ProducerRecord<>("complaints.events", null, complaintId.toString(),
                marker.data().getBytes(StandardCharsets.UTF_8), CloudEventsKafka.toRecord("x", marker).headers()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asQualityManager().queryParam("caseId", marker.caseId()).get("/notifications").then().body("$", hasSize(1)));
        asQualityManager().queryParam("caseId", complaintId).get("/notifications")
                .then().body("$", hasSize(1)).body("[0].language", equalTo("en"));
    }

    @Test
    void aRecordThatCanNeverBeProcessedIsParkedWithItsReasonAndThePartitionMovesOn() throws Exception {
        UUID complaintId = UUID.randomUUID();
        CloudEvent broken = new CloudEvent(UUID.randomUUID().toString(), "/complaint-service",
                "io.rectify.complaint.received.v1", complaintId.toString(), Instant.now(), "application/json",
                complaintId, 1, "test", "test", UUID.randomUUID(), null, "{\"complaintId\": \"not-a-uuid\"}");
        kafka().send(CloudEventsKafka.toRecord("complaints.events", broken));
        kafka().send(new ProducerRecord<>("complaints.events", complaintId.toString(), "no headers at all".getBytes(StandardCharsets.UTF_8)));
        CloudEvent good = received(complaintId, Language.SR);
        kafka().send(CloudEventsKafka.toRecord("complaints.events", good));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asQualityManager().queryParam("caseId", complaintId).get("/notifications")
                        .then().body("$", hasSize(1)).body("[0].language", equalTo("sr")));
        List<ConsumerRecord<String, byte[]>> parked = kafka().read("notification-service.dead-letter",
                r -> complaintId.toString().equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(2, parked.size());
        parked.forEach(r -> assertEquals(false, header(r, "dead-letter-reason") == null, "the reason travels with it"));
    }

    @Test
    void anEventItsEffectRejectsIsParkedAndTheOthersOfItsBatchStillApply() throws Exception {
        UUID first = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        String key = UUID.randomUUID().toString(); // one key: one partition, one batch in order
        ComplaintEvent.Received withoutCustomer = new ComplaintEvent.Received(rejected, "CMP-2026-000099", null,
                Channel.EMAIL, new Product("SW-1", null), "LOT", 1, 0, "no customer", null, Severity.MINOR, Remedy.NONE,
                Instant.now(), null, List.of());
        for (CloudEvent event : List.of(received(first, Language.EN),
                envelope(rejected, "io.rectify.complaint.received.v1", json.writeValueAsString(withoutCustomer), 1),
                received(last, Language.EL))) {
            var record = CloudEventsKafka.toRecord("complaints.events", event);
            kafka().send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers()));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            asQualityManager().queryParam("caseId", first).get("/notifications").then().body("$", hasSize(1));
            asQualityManager().queryParam("caseId", last).get("/notifications").then().body("$", hasSize(1));
        });
        asQualityManager().queryParam("caseId", rejected).get("/notifications").then().body("$", hasSize(0));
        List<ConsumerRecord<String, byte[]>> parked = kafka().read("notification-service.dead-letter",
                r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, parked.size(), "only the rejected event is parked");
        assertEquals(rejected.toString(), header(parked.get(0), "ce_caseid"));
        assertEquals("complaints.events", header(parked.get(0), "dead-letter-topic"));
    }

    @Test
    void stepsThatConcernNoOneHereAreIgnored() throws Exception {
        UUID complaintId = UUID.randomUUID();
        ComplaintEvent.Acknowledged acknowledged = new ComplaintEvent.Acknowledged(complaintId, "on it", Instant.now());
        kafka().send(CloudEventsKafka.toRecord("complaints.events", envelope(complaintId, "io.rectify.complaint.acknowledged.v1",
                json.writeValueAsString(acknowledged), 2)));
        CloudEvent unknown = envelope(complaintId, "io.rectify.complaint.escalated-to-mars.v9", "{}", 3);
        kafka().send(CloudEventsKafka.toRecord("complaints.events", unknown));
        CloudEvent marker = received(complaintId, Language.EN);
        kafka().send(CloudEventsKafka.toRecord("complaints.events", marker));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asQualityManager().queryParam("caseId", complaintId).get("/notifications").then().body("$", hasSize(1)));
        assertEquals(0, kafka().read("notification-service.dead-letter", r -> complaintId.toString().equals(r.key()), 1,
                Duration.ofSeconds(2)).size(), "an unknown newer event type is not poison");
    }

    @Test
    void listingNotificationsNeedsACase() {
        asQualityManager().get("/notifications").then().statusCode(400).body("errors[0].field", equalTo("caseId"));
    }

    private CloudEvent received(UUID complaintId, Language language) throws Exception {
        Instant now = Instant.now();
        ComplaintEvent.Received event = new ComplaintEvent.Received(complaintId, "CMP-2026-000042",
                new Customer("ACME", "ACME Automotive", "quality@acme.example", language), Channel.EMAIL,
                new Product("SW-100", "Rocker switch"), "LOT-7", 10, 100, "sticking contacts",
                new Occurrence("85 °C", now.minusSeconds(3600), Phase.FIELD), Severity.MAJOR, Remedy.NONE, now,
                new DueDates(now.plusSeconds(86_400), null, now.plusSeconds(864_000), now.plusSeconds(5_184_000)), List.of());
        return envelope(complaintId, "io.rectify.complaint.received.v1", json.writeValueAsString(event), 1);
    }

    private static CloudEvent envelope(UUID complaintId, String type, String data, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), "/complaint-service", type, complaintId.toString(),
                Instant.now(), "application/json", complaintId, sequence, "test", "test", UUID.randomUUID(), null, data);
    }

    private TopicClient kafka() {
        return new TopicClient(bootstrapServers);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
