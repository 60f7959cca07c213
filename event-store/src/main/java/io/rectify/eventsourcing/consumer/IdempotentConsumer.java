package io.rectify.eventsourcing.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.contracts.EventTypes;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.outbox.OutboxRelay;
import io.rectify.eventsourcing.tracing.ConsumerTracing;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.store.SqlErrors;
import io.rectify.eventsourcing.store.StreamConflictException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.FlushMode;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Applies consumed events exactly once per consumer. The effect of an event and the record that
 * it was processed commit in one transaction, so a redelivery finds the record and changes
 * nothing.
 *
 * <p>Records arrive in the batches Kafka polled, and a whole batch is applied in one transaction:
 * the cost of a commit is shared by every case in it instead of paid event by event. Within a
 * batch, records keep their partition order, so a case's events apply in order.
 *
 * <p>Failures are told apart. A passing failure (the database restarting) is retried with
 * backoff for as long as it lasts: skipping ahead would lose events. A record that can never be
 * processed (not a CloudEvent, data that does not match its type, an effect that rejects it) is
 * parked on the dead-letter topic with the reason, and the rest of its batch is applied without
 * it. Event types the consumer does not know (a newer producer) or does not need are skipped
 * without touching the database.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private static final String MARK_PROCESSED =
            "insert into processed_events (consumer, event_id) values (?1, ?2) on conflict do nothing";

    private final EventSerializer serializer;
    private final OutboxRelay relay;
    private final DeadLetters deadLetters;
    private final ConsumerTracing tracing;

    public IdempotentConsumer(EventSerializer serializer, OutboxRelay relay, DeadLetters deadLetters, ConsumerTracing tracing) {
        this.tracing = tracing;
        this.serializer = serializer;
        this.relay = relay;
        this.deadLetters = deadLetters;
    }

    /** What the consumer does with one event, in the transaction that marks it processed. */
    @FunctionalInterface
    public interface Effect<E> {
        Uni<Void> apply(E event, CloudEvent envelope);
    }

    private record Work<E>(ConsumerRecord<String, byte[]> record, CloudEvent envelope, E event) {
    }

    private record Unreadable(ConsumerRecord<String, byte[]> record, String reason) {
    }

    /**
     * @param consumer the consumer's name: events are deduplicated per name
     * @param records  one poll of the channel, in partition order
     * @param contract the event types the topic carries
     * @param handled  the event types this consumer acts on; everything else is skipped
     */
    public <E> Uni<Void> consume(String consumer, Iterable<ConsumerRecord<String, byte[]>> records, EventTypes<E> contract,
                                 Set<Class<? extends E>> handled, Effect<E> effect) {
        List<Work<E>> work = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent envelope = CloudEventsKafka.fromRecord(record);
                Optional<Class<? extends E>> type = contract.classOf(envelope.type());
                if (type.isPresent() && handled.contains(type.get())) {
                    work.add(new Work<>(record, envelope, serializer.deserialize(contract, envelope.type(), envelope.data())));
                } else {
                    tracing.skipped(consumer, record);
                }
            } catch (IllegalArgumentException e) {
                unreadable.add(new Unreadable(record, e.getMessage()));
            }
        }
        Context context = Vertx.currentContext();
        return applyAll(consumer, work, effect, context)
                .chain(() -> parkAll(consumer, unreadable))
                // the effects may have appended events: publish them now rather than at the next poll
                .invoke(relay::wakeUp);
    }

    /** All in one transaction; if one event is rejected, each on its own so only that one is parked. */
    private <E> Uni<Void> applyAll(String consumer, List<Work<E>> work, Effect<E> effect, Context context) {
        if (work.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return retryingWhileTransient(consumer, () -> inOneTransaction(consumer, work, effect), context)
                .onFailure().recoverWithUni(rejected -> {
                    if (work.size() == 1) {
                        return park(consumer, work.get(0).record(), rejected);
                    }
                    LOG.warnf("%s: a batch of %d events was rejected (%s); applying them one by one", consumer, work.size(),
                            rejected.getMessage());
                    return Multi.createFrom().iterable(work)
                            .onItem().transformToUniAndConcatenate(one -> applyAll(consumer, List.of(one), effect, context))
                            .collect().last().replaceWithVoid();
                });
    }

    private <E> Uni<Void> inOneTransaction(String consumer, List<Work<E>> work, Effect<E> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                // a batch holds many entities: flushing them before every query would make it quadratic;
                // appends are inserted at once anyway, so queries within the batch still see them
                .invoke(session -> session.setFlushMode(FlushMode.COMMIT))
                .chain(() -> Multi.createFrom().iterable(work)
                        .onItem().transformToUniAndConcatenate(one -> tracing.inSpan(consumer, one.record(),
                                () -> markProcessed(consumer, UUID.fromString(one.envelope().id()))
                                        .chain(first -> first ? effect.apply(one.event(), one.envelope()) : Uni.createFrom().voidItem())))
                        .collect().last()
                        .replaceWithVoid()));
    }

    private Uni<Void> retryingWhileTransient(String consumer, Supplier<Uni<Void>> attempt, Context context) {
        Uni<Void> deferred = Uni.createFrom().deferred(attempt::get);
        if (context != null) {
            // a retry after a backoff resumes on a timer thread; the session needs the Vert.x context back
            deferred = deferred.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return deferred
                .onFailure(IdempotentConsumer::passes)
                .invoke(failure -> LOG.warnf("%s: cannot apply events now, retrying: %s", consumer, failure.getMessage()))
                .onFailure(IdempotentConsumer::passes)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely();
    }

    /**
     * Failures that go away by themselves: the database is away, or a user's command changed the
     * same aggregate at the same moment (the whole transaction is tried again on the new state).
     */
    private static boolean passes(Throwable failure) {
        return SqlErrors.isTransient(failure) || failure instanceof StreamConflictException
                || failure instanceof CommandExecutor.ConcurrentWritesException;
    }

    private Uni<Void> parkAll(String consumer, List<Unreadable> unreadable) {
        return Multi.createFrom().iterable(unreadable)
                .onItem().transformToUniAndConcatenate(one -> {
                    LOG.errorf("%s: record %s-%d@%d cannot be read (%s); parked on %s", consumer, one.record().topic(),
                            one.record().partition(), one.record().offset(), one.reason(), deadLetters.topic());
                    return deadLetters.park(consumer, one.record(), one.reason());
                })
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> park(String consumer, ConsumerRecord<String, byte[]> record, Throwable reason) {
        LOG.errorf(reason, "%s: record %s-%d@%d cannot be processed; parked on %s", consumer, record.topic(),
                record.partition(), record.offset(), deadLetters.topic());
        return deadLetters.park(consumer, record, reason.getClass().getSimpleName() + ": " + reason.getMessage());
    }

    private Uni<Boolean> markProcessed(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MARK_PROCESSED)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
