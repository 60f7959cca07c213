package io.rectify.eventsourcing.consumer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.testapp.CounterEvent;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.rectify.eventsourcing.testapp.Counters.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Given events another service published, when they are consumed (again), then each has its effect
 * once; one that cannot be processed is parked and does not hold up the others.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class IdempotentConsumerTest {

    private static final String CONSUMER = "counting-test";
    private static final AtomicLong OFFSETS = new AtomicLong();

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Counters counters;

    @Inject
    DeadLetters deadLetters;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void givenAnEventConsumed_whenItIsDeliveredAgain_thenItChangesNothing() {
        UUID counter = counters.given();
        ConsumerRecord<String, byte[]> countFive = counted(counter, 5);

        consume(List.of(countFive));
        consume(List.of(countFive));

        assertEquals(5, counters.view(counter).total);
        assertEquals(2, counters.events(counter).size(), "one event for the one effect");
    }

    @Test
    void givenABatch_whenItHoldsTheSameEventTwice_thenTheEffectRunsOnce() {
        UUID counter = counters.given();
        ConsumerRecord<String, byte[]> countThree = counted(counter, 3);

        consume(List.of(countThree, countThree, counted(counter, 4)));

        assertEquals(7, counters.view(counter).total);
    }

    @Test
    void givenABatch_whenOneRecordIsNotACloudEvent_thenItIsParkedAndTheOthersApply() {
        UUID counter = counters.given();
        ConsumerRecord<String, byte[]> garbage = record(counter.toString(), "not json".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders());

        consume(List.of(counted(counter, 2), garbage, counted(counter, 1)));

        assertEquals(3, counters.view(counter).total);
        List<ConsumerRecord<String, byte[]>> parked = new TopicClient(bootstrapServers).read(deadLetters.topic(),
                record -> counter.toString().equals(record.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, parked.size());
        assertTrue(new String(parked.get(0).headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8)
                .contains("ce_"), "the reason names what is missing");
    }

    @Test
    void givenABatch_whenTheEffectRejectsOneEvent_thenOnlyThatOneIsParked() {
        UUID counter = counters.given();
        UUID missing = UUID.randomUUID(); // never opened: counting it fails for good

        consume(List.of(counted(counter, 2), counted(missing, 9), counted(counter, 1)));

        assertEquals(3, counters.view(counter).total);
        List<ConsumerRecord<String, byte[]>> parked = new TopicClient(bootstrapServers).read(deadLetters.topic(),
                record -> missing.toString().equals(record.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, parked.size());
    }

    private void consume(List<ConsumerRecord<String, byte[]>> batch) {
        await(() -> consumer.consume(CONSUMER, batch, CounterEvent.TYPES, Set.of(CounterEvent.Counted.class),
                (event, envelope) -> {
                    CounterEvent.Counted counted = (CounterEvent.Counted) event;
                    return counters.countAsync(counted.counterId(), ExpectedVersion.latest(), counted.by()).replaceWithVoid();
                }).replaceWith(Uni.createFrom().item(true)));
    }

    /** A "counted" event as another service would have published it. */
    private static ConsumerRecord<String, byte[]> counted(UUID counter, int by) {
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), "/other-service", "io.rectify.counter.counted.v1",
                counter.toString(), Instant.now(), "application/json", counter,
                1, "system:other-service", "system:other-service", UUID.randomUUID(), null,
                "{\"counterId\":\"" + counter + "\",\"by\":" + by + "}");
        ProducerRecord<String, byte[]> written = CloudEventsKafka.toRecord("counters.events", event);
        RecordHeaders headers = new RecordHeaders();
        written.headers().forEach(headers::add);
        return record(written.key(), written.value(), headers);
    }

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value, RecordHeaders headers) {
        return new ConsumerRecord<>("counters.events", 0, OFFSETS.incrementAndGet(), 0L, TimestampType.CREATE_TIME, -1, -1, key,
                value, headers, Optional.empty());
    }
}
