package io.rectify.eventsourcing.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.contracts.EventTypes;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsKafka;
import io.rectify.eventsourcing.outbox.OutboxRelay;
import io.rectify.eventsourcing.store.SqlErrors;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a consumed event exactly once per consumer: the effect and the record that the event
 * was processed commit in one transaction, so a redelivery finds the record and changes nothing.
 *
 * <p>Failures are told apart. A record that can never be processed (not a CloudEvent, data that
 * does not match its type, an effect that rejects it) fails at once, and the channel's
 * dead-letter strategy parks it with the reason while the partition moves on. A passing failure
 * (the database restarting) is retried with backoff for as long as it lasts: skipping ahead
 * would lose the event for this consumer. Event types the consumer does not know (a newer
 * producer) or does not need are skipped without touching the database.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private static final String MARK_PROCESSED =
            "insert into processed_events (consumer, event_id) values (?1, ?2) on conflict do nothing";

    private final EventSerializer serializer;
    private final OutboxRelay relay;

    public IdempotentConsumer(EventSerializer serializer, OutboxRelay relay) {
        this.serializer = serializer;
        this.relay = relay;
    }

    /** What the consumer does with one event, in the transaction that marks it processed. */
    @FunctionalInterface
    public interface Effect<E> {
        Uni<Void> apply(E event, CloudEvent envelope);
    }

    /**
     * @param consumer the consumer's name: events are deduplicated per name
     * @param contract the event types the topic carries
     * @param handled  the event types this consumer acts on; everything else is skipped
     */
    public <E> Uni<Void> consume(String consumer, ConsumerRecord<String, byte[]> record, EventTypes<E> contract,
                                 Set<Class<? extends E>> handled, Effect<E> effect) {
        CloudEvent envelope;
        E event;
        try {
            envelope = CloudEventsKafka.fromRecord(record);
            Optional<Class<? extends E>> type = contract.classOf(envelope.type());
            if (type.isEmpty() || !handled.contains(type.get())) {
                LOG.debugf("%s: skipping %s %s", consumer, envelope.type(), envelope.id());
                return Uni.createFrom().voidItem();
            }
            event = serializer.deserialize(contract, envelope.type(), envelope.data());
        } catch (IllegalArgumentException unreadable) {
            LOG.errorf("%s: record %s-%d@%d cannot be read (%s); sent to the dead-letter topic",
                    consumer, record.topic(), record.partition(), record.offset(), unreadable.getMessage());
            return Uni.createFrom().failure(new PoisonEventException(unreadable.getMessage(), unreadable));
        }
        UUID eventId = UUID.fromString(envelope.id());
        Uni<Void> attempt = Uni.createFrom().deferred(() -> Panache.withTransaction(() -> markProcessed(consumer, eventId)
                .chain(first -> first ? effect.apply(event, envelope) : Uni.createFrom().voidItem())));
        Context context = Vertx.currentContext();
        if (context != null) {
            // a retry after a backoff resumes on a timer thread; the session needs the Vert.x context back
            attempt = attempt.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return attempt
                .onFailure(SqlErrors::isTransient)
                .invoke(failure -> LOG.warnf("%s: cannot process %s %s now, retrying: %s", consumer, envelope.type(),
                        envelope.id(), failure.getMessage()))
                .onFailure(SqlErrors::isTransient)
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .transform(failure -> {
                    LOG.errorf(failure, "%s: %s %s cannot be processed; sent to the dead-letter topic", consumer,
                            envelope.type(), envelope.id());
                    return new PoisonEventException(failure.getMessage(), failure);
                })
                // the effect may have appended events: publish them now rather than at the next poll
                .invoke(relay::wakeUp);
    }

    private Uni<Boolean> markProcessed(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MARK_PROCESSED)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
