package io.rectify.eventsourcing.audit;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.eventsourcing.testapp.CounterAggregate;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TableOwner;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Given a stream's events, the chain holds; when the tables' owner rewrites history behind the
 * append-only trigger's back, the verification names exactly the event that was changed or the
 * place where one was removed.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class HashChainsTest {

    @Inject
    Counters counters;

    @Inject
    HashChains chains;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void givenAStreamOfFourEvents_thenEachIsChainedToTheOneBeforeAndTheChainHolds() {
        UUID id = counters.given(1, 2, 3);
        HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
        assertTrue(chain.holds());
        assertEquals(List.of(1L, 2L, 3L, 4L), chain.links().stream().map(HashChains.Link::version).toList());
        assertNull(chain.links().get(0).previousHash());
        for (int i = 1; i < chain.links().size(); i++) {
            assertEquals(chain.links().get(i - 1).hash(), chain.links().get(i).previousHash());
        }
        assertEquals(64, chain.links().get(3).hash().length(), "SHA-256, hex");
    }

    @Test
    void whenTheOwnerChangesAnEventBehindTheTrigger_thenTheVerificationNamesThatEvent() throws SQLException {
        UUID id = counters.given(1, 2, 3);
        UUID untouched = counters.given(5);
        asOwner("update events set data = jsonb_set(data, '{by}', '200') where stream_id = ? and version = 3", id);

        HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
        assertFalse(chain.holds());
        assertEquals(3, chain.firstBroken().version());
        assertTrue(chain.firstBroken().fault().contains("differs from what was recorded"), chain.firstBroken().fault());
        assertTrue(Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, untouched)).holds());

        HashChains.Verification all = Counters.await(chains::verifyAll);
        assertFalse(all.holds());
        List<HashChains.Break> ofThisStream = all.broken().stream().filter(b -> b.streamId().equals(id)).toList();
        assertEquals(1, ofThisStream.size());
        assertEquals(3, ofThisStream.get(0).version());
        assertTrue(all.broken().stream().noneMatch(b -> b.streamId().equals(untouched)));

        // put back as it was, the chain holds again: the hash is of what the event says, nothing else
        asOwner("update events set data = jsonb_set(data, '{by}', '2') where stream_id = ? and version = 3", id);
        assertTrue(Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id)).holds());
    }

    @Test
    void whenTheOwnerDeletesAnEvent_thenTheVerificationNamesTheGap() throws SQLException {
        UUID id = counters.given(1, 2, 3);
        asOwner("""
                with removed as (select position from events where stream_id = ? and version = 2),
                     unpublished as (delete from outbox where position in (select position from removed))
                delete from events where position in (select position from removed)""", id);

        HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
        assertEquals(3, chain.firstBroken().version());
        assertTrue(chain.firstBroken().fault().contains("removed or put in"), chain.firstBroken().fault());

        // the other tests of this store (a projection rebuild among them) should not meet a stream with a gap
        asOwner("""
                with removed as (select position from events where stream_id = ?),
                     unpublished as (delete from outbox where position in (select position from removed))
                delete from events where position in (select position from removed)""", id, 3);
    }

    /** What a DBA who owns the tables can do: switch the append-only trigger off, rewrite, switch it on. */
    private void asOwner(String sql, UUID streamId) throws SQLException {
        asOwner(sql, streamId, 1);
    }

    private void asOwner(String sql, UUID streamId, int rows) throws SQLException {
        new TableOwner(jdbcUrl, owner, ownerPassword).behindTheTrigger(connection -> {
            try (PreparedStatement change = connection.prepareStatement(sql)) {
                change.setObject(1, streamId);
                assertEquals(rows, change.executeUpdate());
            }
        });
    }
}
