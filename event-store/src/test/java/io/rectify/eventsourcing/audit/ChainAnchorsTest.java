package io.rectify.eventsourcing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rectify.contracts.audit.CanonicalEncoding;
import io.rectify.contracts.audit.EventHashes;
import io.rectify.contracts.audit.MerkleTree;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.testapp.CounterAggregate;
import io.rectify.eventsourcing.testapp.Counters;
import io.rectify.localstack.TopicClient;
import io.rectify.testing.RectifyTestResource;
import io.rectify.testing.TableOwner;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchors of the hash chains, checked the way an auditor who does not trust the database
 * would: from the Kafka records alone. Each record's hash is recomputed from the record, the
 * chain followed from record to record, and a stream's head proven to be in the root the anchor
 * record carries; a DBA who rewrites an event and recomputes every hash after it keeps the chain
 * whole, but no longer matches the published root.
 */
@QuarkusTest
@WithTestResource(RectifyTestResource.class)
class ChainAnchorsTest {

    @Inject
    Counters counters;

    @Inject
    ChainAnchors anchors;

    @Inject
    HashChains chains;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void eachRecordOnKafkaCarriesItsLinkAndItsHashCanBeRecomputedFromTheRecordAlone() {
        UUID id = counters.given(1, 2);
        List<ConsumerRecord<String, byte[]>> records = new TopicClient(bootstrapServers).read(CounterAggregate.TOPIC,
                record -> id.toString().equals(header(record, CloudEventsKafka.SUBJECT)), 3, Duration.ofSeconds(20));
        assertEquals(3, records.size());
        String previous = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            assertEquals(previous, header(record, CloudEventsKafka.PREVIOUS_HASH), "linked to the record before it");
            String recomputed = recomputedHash(record);
            assertEquals(recomputed, header(record, CloudEventsKafka.HASH));
            previous = recomputed;
        }
        // and it is the hash the database holds
        HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
        assertEquals(chain.links().get(2).hash(), previous);
    }

    @Test
    void anAnchorIsPublishedOnTheTopicAndProvesEachStreamsHeadAndNothingNewAddsNoAnchor() throws Exception {
        UUID id = counters.given(4);
        ChainAnchors.Anchor anchor = Counters.await(anchors::anchor).orElseThrow();
        assertTrue(anchor.streams() >= 1);

        JsonNode published = anchorRecord(anchor.anchor());
        assertEquals(anchor.root(), published.get("root").asText());
        assertEquals(anchor.streams(), published.get("streams").asLong());

        HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
        ChainAnchors.Proof proof = chain.anchored();
        assertEquals(anchor.anchor(), proof.anchoredIn().anchor());
        assertEquals(2, proof.version());
        assertEquals(chain.links().get(1).hash(), proof.hash());
        byte[] leaf = MerkleTree.leafHash(CounterAggregate.STREAM_TYPE, id, proof.version(), proof.hash());
        assertTrue(MerkleTree.verifyInclusion(leaf, proof.leaf(), published.get("streams").asLong(),
                proof.path().stream().map(CanonicalEncoding::unhex).toList(), CanonicalEncoding.unhex(published.get("root").asText())),
                "the head is in the published root");
        assertFalse(MerkleTree.verifyInclusion(MerkleTree.leafHash(CounterAggregate.STREAM_TYPE, id, 1, proof.hash()),
                proof.leaf(), anchor.streams(), proof.path().stream().map(CanonicalEncoding::unhex).toList(),
                CanonicalEncoding.unhex(anchor.root())), "another version is not");

        assertEquals(anchor.anchor(), Counters.await(anchors::anchor).orElseThrow().anchor(), "nothing new: no new anchor");
        counters.count(id, io.rectify.eventsourcing.command.ExpectedVersion.latest(), 1);
        ChainAnchors.Anchor next = Counters.await(anchors::anchor).orElseThrow();
        assertEquals(anchor.anchor() + 1, next.anchor());
        assertEquals(anchor.root(), anchorRecord(next.anchor()).get("previousRoot").asText());
        assertTrue(Counters.await(chains::verifyAll).anchor().holds());
    }

    @Test
    void whenADbaRewritesAnEventAndRecomputesTheChain_theChainHoldsButNoLongerMatchesThePublishedRoot() throws Exception {
        UUID id = counters.given(1, 2, 3);
        ChainAnchors.Anchor anchor = Counters.await(anchors::anchor).orElseThrow();
        String publishedRoot = anchorRecord(anchor.anchor()).get("root").asText();
        try {
            rewriteAndRecompute(id, 3, 300);
            HashChains.Chain chain = Counters.await(() -> chains.chain(CounterAggregate.STREAM_TYPE, id));
            assertTrue(chain.holds(), "every hash recomputed: the chain alone cannot tell");
            ChainAnchors.Recomputed recomputed = Counters.await(chains::verifyAll).anchor();
            assertEquals(anchor.anchor(), recomputed.anchor().anchor());
            assertNotEquals(publishedRoot, recomputed.recomputedRoot(), "the root of the history as it is now is not the published one");
            assertFalse(recomputed.holds());
        } finally {
            rewriteAndRecompute(id, 3, 2); // version 3 counted by 2
        }
        assertEquals(publishedRoot, Counters.await(chains::verifyAll).anchor().recomputedRoot(), "put back, it matches again");
    }

    private JsonNode anchorRecord(long number) throws Exception {
        List<ConsumerRecord<String, byte[]>> found = new TopicClient(bootstrapServers).read(CounterAggregate.TOPIC,
                record -> "io.rectify.audit.chains-anchored.v1".equals(header(record, CloudEventsKafka.TYPE))
                        && header(record, CloudEventsKafka.SEQUENCE).equals(Long.toString(number)), 1, Duration.ofSeconds(20));
        assertEquals(1, found.size(), "anchor " + number + " is on the topic");
        assertEquals(recomputedHash(found.get(0)), header(found.get(0), CloudEventsKafka.HASH), "and chained like any event");
        return json.readTree(found.get(0).value());
    }

    private static String recomputedHash(ConsumerRecord<String, byte[]> record) {
        return EventHashes.hash(header(record, CloudEventsKafka.STREAM_TYPE), UUID.fromString(header(record, CloudEventsKafka.SUBJECT)),
                Long.parseLong(header(record, CloudEventsKafka.SEQUENCE)), header(record, CloudEventsKafka.TYPE),
                new String(record.value(), StandardCharsets.UTF_8), header(record, CloudEventsKafka.ACTOR),
                Instant.parse(header(record, CloudEventsKafka.TIME)), header(record, CloudEventsKafka.PREVIOUS_HASH));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** What a DBA who owns the tables can do: change an event, then recompute its hash and every later one's. */
    private void rewriteAndRecompute(UUID streamId, long version, int by) throws SQLException {
        new TableOwner(jdbcUrl, owner, ownerPassword).behindTheTrigger(connection -> {
            try (PreparedStatement change = connection.prepareStatement(
                    "update events set data = jsonb_set(data, '{by}', to_jsonb(cast(? as int))) where stream_id = ? and version = ?")) {
                change.setInt(1, by);
                change.setObject(2, streamId);
                change.setLong(3, version);
                assertEquals(1, change.executeUpdate());
            }
            try (PreparedStatement rehash = connection.prepareStatement("""
                    update events e set previous_hash = p.hash,
                           hash = event_hash(e.stream_type, e.stream_id, e.version, e.event_type, e.data, e.actor,
                                             e.occurred_at, p.hash)
                      from events p where p.stream_id = e.stream_id and p.version = e.version - 1
                       and e.stream_id = ? and e.version = ?""");
                 PreparedStatement last = connection.prepareStatement("select max(version) from events where stream_id = ?")) {
                last.setObject(1, streamId);
                var rs = last.executeQuery();
                rs.next();
                // one version at a time, so each sees the hash recomputed before it
                for (long v = version; v <= rs.getLong(1); v++) {
                    rehash.setObject(1, streamId);
                    rehash.setLong(2, v);
                    assertEquals(1, rehash.executeUpdate());
                }
            }
        });
    }
}
