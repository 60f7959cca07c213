package io.rectify.eventsourcing.outbox;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.testapp.CounterAggregate;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Given events committed on several cases, when the relay publishes them, then each case's arrive once and in order. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class OutboxRelayOrderTest {

    @Inject
    Counters counters;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void givenEventsOfFiveCases_whenTheRelayPublishes_thenEachCaseHasItsEventsOnceInVersionOrderKeyedByTheCase() {
        List<UUID> cases = List.of(counters.given(1, 2, 3, 4), counters.given(1, 2, 3, 4), counters.given(1, 2, 3, 4),
                counters.given(1, 2, 3, 4), counters.given(1, 2, 3, 4));
        Set<String> keys = cases.stream().map(UUID::toString).collect(Collectors.toSet());

        List<ConsumerRecord<String, byte[]>> published = new TopicClient(bootstrapServers).read(CounterAggregate.TOPIC,
                record -> keys.contains(record.key()), 25, Duration.ofSeconds(30));

        Map<String, List<Long>> versionsByCase = published.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(record -> CloudEventsKafka.fromRecord(record).sequence(), Collectors.toList())));
        List<Long> oneToFive = LongStream.rangeClosed(1, 5).boxed().toList();
        cases.forEach(id -> assertEquals(oneToFive, versionsByCase.get(id.toString()), "case " + id));
        for (ConsumerRecord<String, byte[]> record : published) {
            CloudEvent event = CloudEventsKafka.fromRecord(record);
            assertEquals(record.key(), event.caseId().toString());
            assertEquals("/event-store-test", event.source());
        }
    }

    @Test
    void givenPublishedEvents_whenTheRelayRunsOnAgain_thenNothingIsSentTwice() {
        UUID id = counters.given(7);
        TopicClient kafka = new TopicClient(bootstrapServers);
        assertEquals(2, kafka.read(CounterAggregate.TOPIC, record -> id.toString().equals(record.key()), 2,
                Duration.ofSeconds(30)).size());

        // another case wakes the relay up again; once its events are on Kafka, the relay has run rounds since
        UUID next = counters.given(1);
        assertEquals(2, kafka.read(CounterAggregate.TOPIC, record -> next.toString().equals(record.key()), 2,
                Duration.ofSeconds(30)).size());

        assertEquals(2, kafka.read(CounterAggregate.TOPIC, record -> id.toString().equals(record.key()), 3,
                Duration.ofSeconds(3)).size());
    }
}
