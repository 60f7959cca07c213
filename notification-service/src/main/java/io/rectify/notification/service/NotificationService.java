package io.rectify.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.cloudevents.CloudEventsJson;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.Decider;
import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.notification.domain.Notification;
import io.rectify.notification.domain.NotificationAggregate;
import io.rectify.notification.domain.NotificationCommand;
import io.rectify.notification.domain.NotificationStatus;
import io.rectify.notification.domain.Template;
import io.rectify.notification.projection.CaseContact;
import io.rectify.notification.projection.NotificationView;
import io.rectify.notification.subscription.WebhookSubscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queues notifications (each once per triggering event, recipient and message), records their
 * delivery, and answers what a case's people were told.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final CommandExecutor executor;
    private final NotificationAggregate aggregate;
    private final MailComposer composer;
    private final NotificationSettings settings;
    private final Clock clock;
    private final ServiceIdentity identity;

    public NotificationService(CommandExecutor executor, NotificationAggregate aggregate, MailComposer composer,
                               NotificationSettings settings, Clock clock, ServiceIdentity identity) {
        this.identity = identity;
        this.executor = executor;
        this.aggregate = aggregate;
        this.composer = composer;
        this.settings = settings;
        this.clock = clock;
    }

    /** A mail to the case's customer, in the customer's language, due at once or at {@code dueAt}. */
    public Uni<Void> mailCustomer(CaseContact contact, Template template, Map<String, Object> data, CloudEvent cause,
                                  Instant dueAt) {
        Map<String, Object> withCustomer = new java.util.HashMap<>(data);
        withCustomer.putIfAbsent("reference", contact.reference);
        withCustomer.putIfAbsent("customerName", contact.customerName == null ? "" : contact.customerName);
        MailComposer.Mail mail = composer.compose(template, Language.fromCode(contact.language), withCustomer);
        return queue(NotificationAggregate.idFor(UUID.fromString(cause.id()), template), cause,
                new NotificationCommand.Queue(contact.caseId, contact.reference, NotificationChannel.EMAIL, contact.email,
                        mail.language(), template.key(), mail.subject(), mail.body(), null, UUID.fromString(cause.id()),
                        dueAt, clock.instant()));
    }

    /** An internal alert to the quality team, in English. */
    public Uni<Void> mailQualityTeam(UUID caseId, String caseReference, Template template, Map<String, Object> data,
                                     CloudEvent cause) {
        MailComposer.Mail mail = composer.compose(template, Language.EN, data);
        return queue(NotificationAggregate.idFor(UUID.fromString(cause.id()), template), cause,
                new NotificationCommand.Queue(caseId, caseReference, NotificationChannel.EMAIL, settings.qualityTeam(),
                        mail.language(), template.key(), mail.subject(), mail.body(), null, UUID.fromString(cause.id()),
                        null, clock.instant()));
    }

    /** The event, as a structured CloudEvent, to every subscription that wants its type. */
    public Uni<Void> deliverToSubscribers(CloudEvent event, String caseReference) {
        return WebhookSubscription.<WebhookSubscription>listAll().chain(subscriptions -> {
            List<WebhookSubscription> wanting = subscriptions.stream().filter(s -> s.active() && s.wants(event.type())).toList();
            if (wanting.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String body = CloudEventsJson.structured(event);
            UUID eventId = UUID.fromString(event.id());
            return Multi.createFrom().iterable(wanting)
                    .onItem().transformToUniAndConcatenate(subscription -> queue(
                            NotificationAggregate.idFor(eventId, subscription.id), event,
                            new NotificationCommand.Queue(event.caseId(), caseReference, NotificationChannel.WEBHOOK,
                                    subscription.url, Language.EN, event.type(), null, body, subscription.id, eventId,
                                    null, clock.instant())))
                    .collect().last().replaceWithVoid();
        });
    }

    /** Withdraws the case's notifications of this kind that are still waiting, e.g. a follow-up request answered already. */
    public Uni<Void> cancelPending(UUID caseId, Template template, String reason, CloudEvent cause) {
        return NotificationView.<NotificationView>list("caseId = ?1 and template = ?2 and status = ?3", caseId, template.key(),
                        NotificationStatus.PENDING.name())
                .chain(pending -> Multi.createFrom().iterable(pending)
                        .onItem().transformToUniAndConcatenate(view -> executor.execute(aggregate, view.id,
                                ExpectedVersion.latest(), metadata(cause),
                                Decider.pure(n -> n.decide(new NotificationCommand.Cancel(reason, clock.instant()),
                                        settings.retryPolicy()))))
                        .collect().last().replaceWithVoid());
    }

    /** The outcome of one delivery attempt; {@code error} null when it was accepted. */
    public Uni<Notification> recordDelivery(UUID id, String error) {
        return executor.execute(aggregate, id, ExpectedVersion.any(), identity.own(),
                        Decider.pure(n -> n.decide(new NotificationCommand.RecordDelivery(error, clock.instant()),
                                settings.retryPolicy())))
                .map(result -> result.state());
    }

    /** Tries a FAILED notification again from now on, with a fresh set of attempts. */
    public Uni<Notification> retry(UUID id, EventMetadata metadata) {
        return executor.execute(aggregate, id, ExpectedVersion.any(), metadata,
                        Decider.pure(n -> n.decide(new NotificationCommand.Retry(clock.instant()), settings.retryPolicy())))
                .map(result -> result.state());
    }

    /** Up to {@code limit} notifications of a case from the {@code first}, oldest first. */
    @WithSession
    public Uni<List<NotificationView>> forCase(UUID caseId, Caller caller, int first, int limit) {
        Sort order = Sort.ascending("queuedAt", "id");
        if (!caller.isCustomer()) {
            return NotificationView.<NotificationView>find("caseId", order, caseId).range(first, first + limit - 1).list();
        }
        // a customer's user sees what their own customer was told, nothing of another's case (404) nor internal alerts
        return ownContact(caseId, caller).chain(contact -> NotificationView.<NotificationView>find(
                "caseId = ?1 and channel = ?2 and recipient = ?3", order,
                caseId, NotificationChannel.EMAIL.name(), contact.email).range(first, first + limit - 1).list());
    }

    /** One notification for the delivery worker, or null. */
    @WithSession
    public Uni<Notification> find(UUID id) {
        return executor.load(aggregate, id).map(loaded -> loaded.exists() ? loaded.state() : null);
    }

    /** One notification; for a customer's user only one their own customer was sent, otherwise 404. */
    @WithSession
    public Uni<Notification> get(UUID id, Caller caller) {
        return executor.load(aggregate, id).chain(loaded -> {
            if (!loaded.exists()) {
                throw new AggregateNotFoundException("notification", id);
            }
            Notification notification = loaded.state();
            if (!caller.isCustomer()) {
                return Uni.createFrom().item(notification);
            }
            return ownContact(notification.caseId(), caller).map(contact -> {
                if (notification.channel() != NotificationChannel.EMAIL || !notification.recipient().equals(contact.email)) {
                    throw new AggregateNotFoundException("notification", id);
                }
                return notification;
            });
        });
    }

    private static Uni<CaseContact> ownContact(UUID caseId, Caller caller) {
        return CaseContact.<CaseContact>findById(caseId).map(contact -> {
            if (contact == null || contact.customerId == null || !caller.maySee(contact.customerId)) {
                throw new AggregateNotFoundException("case", caseId);
            }
            return contact;
        });
    }

    private Uni<Void> queue(UUID id, CloudEvent cause, NotificationCommand.Queue queue) {
        return executor.createIfAbsent(aggregate, id, metadata(cause),
                        Decider.pure(notification -> notification.decide(queue, settings.retryPolicy())))
                .invoke(result -> {
                    if (!result.appended().isEmpty()) {
                        LOG.debugf("queued %s %s to %s for %s", queue.channel(), queue.template(), queue.recipient(),
                                queue.caseReference());
                    }
                })
                .replaceWithVoid();
    }

    private EventMetadata metadata(CloudEvent cause) {
        return identity.causedBy(UUID.fromString(cause.id()), cause.correlationId());
    }
}
