package io.rectify.eventsourcing.outbox;

import io.rectify.eventsourcing.outbox.OutboxRows.Entry;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What one round of sends comes to, on a producer that answers as told: acknowledged records are
 * marked, a record Kafka refuses for good is parked, anything else is sent again next round.
 * (The relay against a real broker, through outages and failover, is in the system tests.)
 */
class OutboxPublisherTest {

    private final MockProducer<String, byte[]> kafka = new MockProducer<>(false, null, new StringSerializer(),
            new ByteArraySerializer());
    private final OutboxPublisher publisher = new OutboxPublisher(Map.of(), "test", Duration.ofSeconds(2), "/test",
            OpenTelemetry.noop().getTracer("test"), () -> kafka);

    @Test
    void givenThreeRecords_whenKafkaAcknowledgesAll_thenAllThreeAreAcknowledgedAndNothingFailed() {
        List<Entry> batch = List.of(entry(1), entry(2), entry(3));

        CompletableFuture<OutboxPublisher.Outcome> round = CompletableFuture.supplyAsync(() -> publisher.send(batch));
        answerAll(3, null);

        OutboxPublisher.Outcome outcome = round.join();
        assertEquals(List.of(1L, 2L, 3L), outcome.acknowledged());
        assertEquals(List.of(), outcome.refused());
        assertNull(outcome.failure());
        assertEquals(3, kafka.history().size());
    }

    @Test
    void givenThreeRecords_whenKafkaRefusesOneForGood_thenItIsToBeParkedAndTheOthersAreAcknowledged() {
        List<Entry> batch = List.of(entry(1), entry(2), entry(3));

        CompletableFuture<OutboxPublisher.Outcome> round = CompletableFuture.supplyAsync(() -> publisher.send(batch));
        awaitSends(3);
        kafka.completeNext();
        kafka.errorNext(new RecordTooLargeException("too large"));
        kafka.completeNext();

        OutboxPublisher.Outcome outcome = round.join();
        assertEquals(List.of(1L, 3L), outcome.acknowledged());
        assertEquals(1, outcome.refused().size());
        assertEquals(2L, outcome.refused().get(0).entry().position());
        assertNull(outcome.failure(), "a refusal for good is not retried");
    }

    @Test
    void givenThreeRecords_whenOneTimesOut_thenItIsNeitherAcknowledgedNorParkedButFailsTheRoundToBeSentAgain() {
        List<Entry> batch = List.of(entry(1), entry(2), entry(3));

        CompletableFuture<OutboxPublisher.Outcome> round = CompletableFuture.supplyAsync(() -> publisher.send(batch));
        awaitSends(3);
        kafka.completeNext();
        kafka.errorNext(new TimeoutException("broker away"));
        kafka.completeNext();

        OutboxPublisher.Outcome outcome = round.join();
        assertEquals(List.of(1L, 3L), outcome.acknowledged());
        assertEquals(List.of(), outcome.refused());
        assertNotNull(outcome.failure());
        assertInstanceOf(TimeoutException.class, outcome.failure().getCause());
    }

    @Test
    void aRefusalForGoodIsToldApartFromAPassingFailure() {
        assertEquals(true, OutboxPublisher.refusedForGood(new RecordTooLargeException("x")));
        assertEquals(false, OutboxPublisher.refusedForGood(new TimeoutException("x")));
    }

    private void answerAll(int sends, RuntimeException error) {
        awaitSends(sends);
        for (int i = 0; i < sends; i++) {
            if (error == null) {
                kafka.completeNext();
            } else {
                kafka.errorNext(error);
            }
        }
    }

    private void awaitSends(int sends) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (kafka.history().size() < sends && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(sends, kafka.history().size());
    }

    private static Entry entry(long position) {
        UUID caseId = UUID.randomUUID();
        return new Entry(position, "counters.events", new RecordedEvent(position, UUID.randomUUID(), "counter", caseId, 1,
                caseId, "io.rectify.counter.opened.v1", "{\"counterId\":\"" + caseId + "\"}", "system:test", "system:test",
                UUID.randomUUID(), null, Instant.now()), null, null, "00".repeat(32));
    }
}
