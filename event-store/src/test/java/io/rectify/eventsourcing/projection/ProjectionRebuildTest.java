package io.rectify.eventsourcing.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.testapp.CounterView;
import io.rectify.eventsourcing.testapp.CounterViewProjection;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.testing.RectifyTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.rectify.eventsourcing.testapp.Counters.await;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Given a read model kept event by event, when it is thrown away and rebuilt from the store, then it is the same. */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ProjectionRebuildTest {

    @Inject
    Counters counters;

    @Inject
    ProjectionRebuilder rebuilder;

    @Test
    void givenCountersKeptEventByEvent_whenTheViewIsRebuilt_thenEveryRowIsAsBefore() {
        // more counters than two batches of the rebuild (500 each), so it walks three; some never counted
        List<UUID> ids = java.util.stream.IntStream.range(0, 1_100)
                .mapToObj(i -> i % 10 == 0 ? counters.given() : counters.given(i % 7, 3)).toList();
        Map<UUID, String> before = rows(ids);
        // what the rebuild must put right: rows changed behind the projection's back
        await(() -> Panache.withTransaction(() -> CounterView.update("total = -1 where id in ?1", ids.subList(0, 10))));

        await(() -> rebuilder.start(CounterViewProjection.NAME, "test"));
        await().atMost(Duration.ofSeconds(60)).until(() -> await(() -> rebuilder.latest(CounterViewProjection.NAME))
                .map(rebuild -> rebuild.state() == ProjectionRebuilder.State.DONE).orElse(false));

        assertEquals(before, rows(ids));
        ids.forEach(id -> assertEquals(counters.events(id).size(), counters.view(id).version, "version of " + id));
        long replayed = await(() -> rebuilder.latest(CounterViewProjection.NAME)).orElseThrow().streams();
        assertTrue(replayed >= ids.size(), "streams replayed: " + replayed); // other tests' counters are in the store too
    }

    private static Map<UUID, String> rows(List<UUID> ids) {
        return await(() -> Panache.withSession(() -> CounterView.<CounterView>list("id in ?1", ids))).stream()
                .collect(Collectors.toMap(view -> view.id, view -> view.total + "@" + view.version));
    }
}
