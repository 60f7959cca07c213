package io.rectify.car.messaging;

import io.quarkus.test.common.WithTestResource;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** car-service reads complaints.events and passes over what does not concern it, without parking or stalling. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ComplaintEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void complaintEventsThatNeedNoCarAreConsumedAndSkipped() {
        UUID complaintId = UUID.randomUUID();
        TopicClient kafka = new TopicClient(bootstrapServers);
        kafka.send(CloudEventsKafka.toRecord("complaints.events", new CloudEvent(UUID.randomUUID().toString(),
                "/complaint-service", "io.rectify.complaint.acknowledged.v1", complaintId.toString(), Instant.now(),
                "application/json", complaintId, 2, "test", UUID.randomUUID(), null,
                "{\"complaintId\":\"" + complaintId + "\",\"comment\":null,\"acknowledgedAt\":\"2026-11-20T10:00:00Z\"}")));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertEquals(endOffsets(admin), committedOffsets(admin), "car-service has consumed the whole topic"));
        }
        assertEquals(0, kafka.read("car-service.dead-letter", r -> complaintId.toString().equals(r.key()), 1,
                Duration.ofSeconds(2)).size());
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
