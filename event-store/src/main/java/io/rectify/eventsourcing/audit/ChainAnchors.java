package io.rectify.eventsourcing.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.rectify.contracts.audit.AuditEvent;
import io.rectify.contracts.audit.CanonicalEncoding;
import io.rectify.contracts.audit.MerkleTree;
import io.rectify.eventsourcing.aggregate.AggregateType;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.outbox.OutboxRelay;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.NewEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Anchors the hash chains: the head of every stream (its last version and that event's hash)
 * becomes a leaf of a Merkle tree, and the tree's root is appended as a {@link AuditEvent.ChainsAnchored}
 * event of the service's own anchor stream, so the outbox publishes it on the service's topic
 * like every other event. Once a root is on Kafka, rewriting what it covers in the database,
 * even with the triggers off and every hash recomputed, no longer matches it. Runs periodically
 * ({@code rectify.audit.anchor-every}) and on demand; a round that finds nothing new since the
 * last anchor adds none.
 */
@ApplicationScoped
public class ChainAnchors {

    /** The stream type of the anchors themselves; they are not leaves of their own trees. */
    public static final String STREAM_TYPE = "chain-anchor";

    private static final Logger LOG = Logger.getLogger(ChainAnchors.class);
    /** Serialises anchoring across the instances of a service (pg_advisory_xact_lock). */
    private static final long ANCHOR_LOCK = 0x5245435449465902L;

    private static final String HEADS = """
            select distinct on (stream_id) stream_type, stream_id, version, hash from events
             where stream_type <> '%s' order by stream_id, version desc""".formatted(STREAM_TYPE);

    private final EventStore store;
    private final EventSerializer serializer;
    private final ServiceIdentity identity;
    private final OutboxRelay relay;
    private final Pool pool;
    private final Clock clock;
    private final String topic;
    private final UUID streamId;

    public ChainAnchors(EventStore store, EventSerializer serializer, ServiceIdentity identity, OutboxRelay relay, Pool pool,
                        Clock clock, @Any Instance<AggregateType<?, ?>> aggregates,
                        @ConfigProperty(name = "quarkus.application.name") String application) {
        this.store = store;
        this.serializer = serializer;
        this.identity = identity;
        this.relay = relay;
        this.pool = pool;
        this.clock = clock;
        // the service's topic (each service publishes one)
        this.topic = aggregates.stream().map(AggregateType::topic).sorted().findFirst().orElse(null);
        this.streamId = UUID.nameUUIDFromBytes(("rectify chain anchors of " + application).getBytes(StandardCharsets.UTF_8));
    }

    /** A published anchor: its root over {@code streams} chain heads, and the event that carried it. */
    public record Anchor(long anchor, String root, long streams, Instant anchoredAt, UUID eventId, String topic) {
    }

    /**
     * The proof that a stream's head was a leaf of an anchor: the leaf (stream type, id, version
     * and hash, hashed as {@link MerkleTree#leafHash}), its index and the audit path to the root.
     */
    public record Proof(Anchor anchoredIn, long version, String hash, long leaf, String leafHash, List<String> path) {
    }

    /**
     * The newest anchor recomputed from the events table as it is now: the hash each anchored
     * stream has now at the anchored version. A history rewritten since, even with every hash of
     * the chain recomputed to match, gives another root than the one published on Kafka.
     *
     * @param missing how many anchored events are no longer there
     */
    public record Recomputed(Anchor anchor, String recomputedRoot, long missing) {

        @JsonProperty
        public boolean holds() {
            return missing == 0 && anchor.root().equals(recomputedRoot);
        }
    }

    /** See {@link Recomputed}; empty before the first anchor. */
    public Uni<Optional<Recomputed>> recomputeNewest() {
        return latest().chain(newest -> {
            if (newest.isEmpty()) {
                return Uni.createFrom().item(Optional.<Recomputed>empty());
            }
            Anchor anchor = newest.get();
            String now = "select l.leaf, e.stream_type, l.stream_id, l.version, encode(e.hash, 'hex') as hash"
                    + " from chain_anchor_leaves l left join events e on e.stream_id = l.stream_id and e.version = l.version"
                    + " where l.anchor = $1 order by l.leaf";
            return pool.preparedQuery(now).execute(Tuple.of(anchor.anchor())).map(rows -> {
                List<byte[]> leaves = new ArrayList<>(rows.size());
                long missing = 0;
                for (Row row : rows) {
                    if (row.getString("hash") == null) {
                        missing++;
                        continue;
                    }
                    leaves.add(MerkleTree.leafHash(row.getString("stream_type"), row.getUUID("stream_id"),
                            row.getLong("version"), row.getString("hash")));
                }
                return Optional.of(new Recomputed(anchor, CanonicalEncoding.hex(MerkleTree.of(leaves).root()), missing));
            });
        });
    }

    @Scheduled(every = "${rectify.audit.anchor-every:1h}", delayed = "${rectify.audit.anchor-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> anchorPeriodically() {
        return anchor().invoke(anchor -> anchor.ifPresent(a -> LOG.debugf("chains anchored: %d (root %s)", a.anchor(), a.root())))
                .onFailure().invoke(failure -> LOG.warnf("cannot anchor the hash chains now (%s); next round tries again",
                        failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Anchors the current heads; when nothing was appended since the last anchor, that one is the
     * answer. Empty only while the store holds no event at all.
     */
    public Uni<Optional<Anchor>> anchor() {
        if (topic == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.withTransaction(this::anchorInTransaction)
                .onFailure(Unchanged.class).recoverWithUni(unchanged -> latest())
                .invoke(anchor -> relay.wakeUp());
    }

    /** The newest anchor, if any. */
    public Uni<Optional<Anchor>> latest() {
        return pool.query("select a.anchor, encode(a.root, 'hex') as root, a.streams, a.anchored_at, a.event_id"
                        + " from chain_anchors a order by a.anchor desc limit 1").execute()
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(anchorOf(rows.iterator().next())));
    }

    /** The proof for the newest anchor that holds the stream, if it has been anchored yet. */
    public Uni<Optional<Proof>> proof(UUID stream) {
        String newest = "select l.anchor, l.leaf, l.version, encode(l.hash, 'hex') as hash from chain_anchor_leaves l"
                + " where l.stream_id = $1 order by l.anchor desc limit 1";
        return pool.preparedQuery(newest).execute(Tuple.of(stream)).chain(found -> {
            if (found.size() == 0) {
                return Uni.createFrom().item(Optional.<Proof>empty());
            }
            Row leafRow = found.iterator().next();
            long anchor = leafRow.getLong("anchor");
            int leaf = leafRow.getLong("leaf").intValue();
            Uni<Anchor> anchorRow = pool.preparedQuery("select anchor, encode(root, 'hex') as root, streams, anchored_at, event_id"
                    + " from chain_anchors where anchor = $1").execute(Tuple.of(anchor)).map(rows -> anchorOf(rows.iterator().next()));
            Uni<List<byte[]>> leaves = pool.preparedQuery("select stream_type, stream_id, version, encode(hash, 'hex') as hash"
                    + " from chain_anchor_leaves where anchor = $1 order by leaf").execute(Tuple.of(anchor)).map(rows -> {
                        List<byte[]> hashes = new ArrayList<>(rows.size());
                        for (Row row : rows) {
                            hashes.add(MerkleTree.leafHash(row.getString("stream_type"), row.getUUID("stream_id"),
                                    row.getLong("version"), row.getString("hash")));
                        }
                        return hashes;
                    });
            return Uni.combine().all().unis(anchorRow, leaves).asTuple().map(both -> {
                MerkleTree tree = MerkleTree.of(both.getItem2());
                return Optional.of(new Proof(both.getItem1(), leafRow.getLong("version"), leafRow.getString("hash"), leaf,
                        CanonicalEncoding.hex(both.getItem2().get(leaf)),
                        tree.inclusionProof(leaf).stream().map(CanonicalEncoding::hex).toList()));
            });
        });
    }

    private Uni<Optional<Anchor>> anchorInTransaction() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)", String.class)
                .setParameter(1, ANCHOR_LOCK).getSingleResult()
                .chain(() -> session.createNativeQuery("select anchor, encode(root, 'hex') from chain_anchors"
                        + " order by anchor desc limit 1", Object[].class).getResultList())
                .chain(previous -> {
                    long number = previous.isEmpty() ? 1 : ((Number) previous.get(0)[0]).longValue() + 1;
                    String previousRoot = previous.isEmpty() ? null : (String) previous.get(0)[1];
                    // the leaves are written from the heads as this statement sees them, and read back
                    // from what it wrote: the root covers exactly the stored leaves
                    String leaves = "with written as (insert into chain_anchor_leaves (anchor, leaf, stream_type, stream_id, version, hash)"
                            + " select ?1, row_number() over (order by stream_id) - 1, stream_type, stream_id, version, hash"
                            + " from (" + HEADS + ") heads"
                            + " returning leaf, stream_type, stream_id, version, encode(hash, 'hex') as hash)"
                            + " select leaf, stream_type, stream_id, version, hash from written order by leaf";
                    return session.createNativeQuery(leaves, Object[].class).setParameter(1, number).getResultList()
                            .chain(rows -> {
                                if (rows.isEmpty()) {
                                    return Uni.createFrom().failure(new Unchanged());
                                }
                                List<byte[]> leafHashes = rows.stream().map(row -> MerkleTree.leafHash((String) row[1],
                                        (UUID) row[2], ((Number) row[3]).longValue(), (String) row[4])).toList();
                                String root = CanonicalEncoding.hex(MerkleTree.of(leafHashes).root());
                                if (root.equals(previousRoot)) {
                                    return Uni.createFrom().failure(new Unchanged());
                                }
                                return record(session, number, root, leafHashes.size(), previousRoot);
                            });
                }));
    }

    private Uni<Optional<Anchor>> record(Mutiny.Session session, long number, String root,
                                         long streams, String previousRoot) {
        Instant now = clock.instant();
        AuditEvent.ChainsAnchored anchored = new AuditEvent.ChainsAnchored(number, root, streams, previousRoot, now);
        NewEvent event = serializer.serialize(AuditEvent.TYPES, anchored);
        EventMetadata metadata = identity.own();
        return store.append(STREAM_TYPE, streamId, streamId, number - 1, List.of(event), metadata, topic, now)
                .chain(appended -> session.createNativeQuery("with written as (insert into chain_anchors"
                                + " (anchor, root, streams, event_id, anchored_at) values (?1, decode(?2, 'hex'), ?3, ?4, ?5)"
                                + " returning anchor) select anchor from written", Long.class)
                        .setParameter(1, number).setParameter(2, root).setParameter(3, streams)
                        .setParameter(4, event.eventId()).setParameter(5, now)
                        .getSingleResult()
                        .map(ignored -> Optional.of(new Anchor(number, root, streams, now, event.eventId(), topic))));
    }

    private Anchor anchorOf(Row row) {
        return new Anchor(row.getLong("anchor"), row.getString("root"), row.getLong("streams"),
                row.getOffsetDateTime("anchored_at").toInstant(), row.getUUID("event_id"), topic);
    }

    /** Nothing was appended since the last anchor: the transaction is rolled back and the last anchor stands. */
    private static final class Unchanged extends RuntimeException {
        Unchanged() {
            super("no event since the last anchor", null, false, false);
        }
    }
}
