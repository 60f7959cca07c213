package io.rectify.eventsourcing.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.NewEvent;
import io.rectify.eventsourcing.store.StreamConflictException;
import io.rectify.eventsourcing.testapp.CounterAggregate;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.testing.RectifyTestResource;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Appends that race or come too late: given a stream's events, when writers compete, then no update is lost or doubled. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class AppendConflictsTest {

    @Inject
    Counters counters;

    @Inject
    EventStore store;

    @Test
    void givenAStreamAtVersion3_whenACommandExpectsVersion2_thenItIsStaleAndNothingIsAppended() {
        UUID id = counters.given(1, 1);

        StaleVersionException stale = assertThrows(StaleVersionException.class,
                () -> counters.count(id, ExpectedVersion.exactly(2), 5));

        assertEquals(3, counters.events(id).size());
        assertEquals(2, counters.view(id).total, "the read model did not see the refused command either");
        assertEquals(3, stale.current());
    }

    @Test
    void givenAStreamAtVersion3_whenACommandExpectsVersion3_thenItIsAppendedAsVersion4() {
        UUID id = counters.given(1, 1);

        CommandResult<?> result = counters.count(id, ExpectedVersion.exactly(3), 5);

        assertEquals(4, result.version());
        assertEquals(7, counters.view(id).total);
    }

    @Test
    void givenAnOpenedCounter_whenItIsOpenedAgain_thenItAlreadyExists() {
        UUID id = counters.given();

        assertThrows(AggregateAlreadyExistsException.class, () -> counters.open(id));
        assertEquals(1, counters.events(id).size());
    }

    @Test
    void givenOneStream_whenFiftyUsersCommandsRunAtOnce_thenEachIsAppendedOnceInConsecutiveVersions() {
        UUID id = counters.given();

        // as a user's command without If-Match runs: decided on whatever version it finds
        List<Object> outcomes = Counters.concurrently(50, i -> counters.countAsync(id, ExpectedVersion.any(), 1));

        assertEquals(List.of(), outcomes.stream().filter(outcome -> outcome instanceof Throwable).toList());
        List<Long> versions = counters.events(id).stream().map(event -> event.version()).toList();
        assertEquals(LongStream.rangeClosed(1, 51).boxed().toList(), versions);
        assertEquals(50, counters.view(id).total, "no count lost, none counted twice");
    }

    /**
     * Two writers that read the same version (two instances, which the in-process turns cannot
     * order): the store lets exactly one of them append. (They append to the store directly, past
     * the projection: the counter's view is left behind, which a rebuild would put right.)
     */
    @Test
    void givenAStreamAtVersion1_whenTwoWritersAppendAfterVersion1AtOnce_thenOneWinsAndTheOtherConflicts() {
        UUID id = counters.given();
        List<Object> outcomes = Counters.concurrently(2, i -> append(id, 1));

        long conflicts = outcomes.stream().filter(outcome -> outcome instanceof StreamConflictException).count();
        assertEquals(1, conflicts, "outcomes: " + outcomes);
        assertInstanceOf(List.class, outcomes.stream().filter(outcome -> !(outcome instanceof Throwable)).findFirst().orElseThrow());
        assertEquals(2, counters.events(id).size());
    }

    private Uni<List<io.rectify.eventsourcing.store.RecordedEvent>> append(UUID id, long expectedVersion) {
        NewEvent event = new NewEvent(UUID.randomUUID(), "io.rectify.counter.counted.v1",
                "{\"counterId\":\"" + id + "\",\"by\":1}");
        return Panache.withTransaction(() -> store.append(CounterAggregate.STREAM_TYPE, id, id, expectedVersion, List.of(event),
                EventMetadata.system("system:event-store-test"), CounterAggregate.TOPIC, Instant.now()));
    }
}
