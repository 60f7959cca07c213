package io.rectify.eventsourcing.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes the hash chains of the event store (V6__event_hash_chain.sql) and names the first
 * broken link: an event whose stored hash is not the hash of what it says now (changed), whose
 * previous hash is not its predecessor's hash, or whose version does not follow its predecessor's
 * (an event removed or put in). The database recomputes, with the same function the append uses.
 */
@ApplicationScoped
public class HashChains {

    /** What a stream's audit endpoint answers, as its OpenAPI description says it (complaint and CAR alike). */
    public static final String CHAIN_DESCRIPTION = "Each event with the hash of the one before it and its own, recomputed "
            + "now: holds is false, and firstBroken names the event, when one was changed, removed or put in after it was recorded. "
            + "anchored is the proof that the chain's head, as it stood then, is in the newest Merkle root published on the "
            + "service's topic (io.rectify.audit.chains-anchored.v1): check it with the root of that Kafka record, not this answer's.";

    private static final String CHECKED = """
            select stream_type, stream_id, version, event_type, actor, occurred_at,
                   encode(previous_hash, 'hex') as previous_hash, encode(hash, 'hex') as hash,
                   hash = event_hash(stream_type, stream_id, version, event_type, data, actor, occurred_at, previous_hash)
                       as intact,
                   previous_hash is not distinct from lag(hash) over stream as linked,
                   version = coalesce(lag(version) over stream, 0) + 1 as in_sequence
              from events
             %s
            window stream as (partition by stream_id order by version)""";

    private final Pool pool;
    private final ChainAnchors anchors;

    public HashChains(Pool pool, ChainAnchors anchors) {
        this.pool = pool;
        this.anchors = anchors;
    }

    /** One event of a chain, and whether it holds. */
    public record Link(long version, String type, String actor, Instant occurredAt, String previousHash, String hash,
                       boolean intact, boolean linked, boolean inSequence) {

        @JsonProperty
        public boolean holds() {
            return intact && linked && inSequence;
        }

        /** Why the link is broken, or null. */
        @JsonProperty
        public String fault() {
            if (!inSequence) {
                return "version " + version + " does not follow the one before it: an event was removed or put in";
            }
            if (!intact) {
                return "the event differs from what was recorded: its hash is not the hash of what it says now";
            }
            if (!linked) {
                return "its previous hash is not the hash of the event before it";
            }
            return null;
        }
    }

    /**
     * A stream's chain: every link, the first broken one (null when the whole chain holds), and
     * the proof that its head was anchored (null until the first anchor after its first event).
     */
    public record Chain(String streamType, UUID streamId, List<Link> links, Link firstBroken, ChainAnchors.Proof anchored) {

        @JsonProperty
        public boolean holds() {
            return firstBroken == null;
        }
    }

    /** The first broken link of one stream. */
    public record Break(String streamType, UUID streamId, long version, String type, Instant occurredAt, String fault) {
    }

    /**
     * Every stream of the store verified: how many, the first broken link of each stream that has
     * one, and the newest anchor recomputed from the events as they are now (null before the first).
     */
    public record Verification(long streams, long events, List<Break> broken, ChainAnchors.Recomputed anchor) {

        @JsonProperty
        public boolean holds() {
            return broken.isEmpty() && (anchor == null || anchor.holds());
        }
    }

    public Uni<Chain> chain(String streamType, UUID streamId) {
        return pool.preparedQuery(CHECKED.formatted("where stream_id = $1 and stream_type = $2") + " order by version")
                .execute(Tuple.of(streamId, streamType))
                .chain(rows -> {
                    List<Link> links = new ArrayList<>();
                    for (Row row : rows) {
                        links.add(link(row));
                    }
                    if (links.isEmpty()) {
                        throw new AggregateNotFoundException(streamType, streamId);
                    }
                    Link firstBroken = links.stream().filter(link -> !link.holds()).findFirst().orElse(null);
                    return anchors.proof(streamId).map(proof -> new Chain(streamType, streamId, links, firstBroken, proof.orElse(null)));
                });
    }

    public Uni<Verification> verifyAll() {
        String firstBreaks = "select distinct on (stream_id) * from (" + CHECKED.formatted("")
                + ") checked where not (intact and linked and in_sequence) order by stream_id, version";
        Uni<RowSet<Row>> counts = pool.query("select count(distinct stream_id) as streams, count(*) as events from events").execute();
        return counts.chain(count -> pool.query(firstBreaks).execute().map(rows -> {
            List<Break> broken = new ArrayList<>();
            for (Row row : rows) {
                Link link = link(row);
                broken.add(new Break(row.getString("stream_type"), row.getUUID("stream_id"), link.version(), link.type(),
                        link.occurredAt(), link.fault()));
            }
            Row totals = count.iterator().next();
            return new Verification(totals.getLong("streams"), totals.getLong("events"), broken, null);
        })).chain(verification -> anchors.recomputeNewest().map(anchor -> new Verification(verification.streams(),
                verification.events(), verification.broken(), anchor.orElse(null))));
    }

    private static Link link(Row row) {
        return new Link(row.getLong("version"), row.getString("event_type"), row.getString("actor"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("previous_hash"), row.getString("hash"),
                Boolean.TRUE.equals(row.getBoolean("intact")), Boolean.TRUE.equals(row.getBoolean("linked")),
                Boolean.TRUE.equals(row.getBoolean("in_sequence")));
    }
}
