package io.rectify.notification.delivery;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.tracing.Spans;
import io.rectify.eventsourcing.tracing.TraceContext;
import io.rectify.notification.domain.Notification;
import io.rectify.notification.metrics.NotificationMeters;
import io.rectify.notification.domain.NotificationStatus;
import io.rectify.notification.projection.NotificationView;
import io.rectify.notification.service.NotificationService;
import io.rectify.notification.service.NotificationSettings;
import io.rectify.notification.subscription.Subscriptions;
import io.rectify.notification.subscription.WebhookSubscription;
import io.rectify.notification.subscription.WebhookTargets;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers due notifications and records each outcome as an event.
 *
 * <p>Each round claims what is due with a lease (so two instances never deliver the same
 * notification at once, and a crashed instance's work is taken over when its lease runs out),
 * then delivers every claimed notification on its own: a slow or failing SMTP server or webhook
 * endpoint delays only its own notifications (and the later ones of the same case to the same
 * recipient, which keep their order), retried with exponential backoff. A
 * delivery whose outcome could not be recorded (a crash right after sending) is sent again:
 * delivery is at least once, and webhook receivers deduplicate on the CloudEvent id.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    /**
     * Due, not being delivered by anyone, and first in line: a case's messages to one recipient go
     * out in the order they were queued, so a customer never reads "we are on it" before "we
     * received it". An earlier one that is being retried holds the later ones back; one that is
     * due only later (a follow-up request) does not.
     */
    private static final String DUE = "from NotificationView n where n.status = :pending and n.nextAttemptAt <= :now"
            + " and (n.leaseUntil is null or n.leaseUntil < :now)"
            + " and not exists (from NotificationView e where e.caseId = n.caseId and e.recipient = n.recipient"
            + " and e.status = :pending and (e.attempts > 0 or e.nextAttemptAt <= :now)"
            + " and (e.queuedAt < n.queuedAt or (e.queuedAt = n.queuedAt and e.id < n.id)))";

    private static final String CLAIM = "update NotificationView set leaseUntil = :until"
            + " where id = :id and status = :pending and (leaseUntil is null or leaseUntil < :now)";

    private final NotificationService notifications;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final WebhookTargets targets;
    private final Subscriptions subscriptions;
    private final NotificationSettings settings;
    private final Vertx vertx;
    private final Clock clock;
    static final Duration EXTRA_ROUND_GAP = Duration.ofMillis(100);

    private final NotificationMeters meters;
    private final EventStore events;
    private final Tracer tracer;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean roundUnderWay = new AtomicBoolean();
    /** A delivery finished since the last round began: its case's next message may be due now. */
    private final AtomicBoolean roundWanted = new AtomicBoolean();
    private final AtomicBoolean extraRoundScheduled = new AtomicBoolean();
    private volatile long lastRoundStarted = System.nanoTime();

    public DeliveryWorker(NotificationService notifications, MailSender mail, WebhookSender webhooks, WebhookTargets targets,
                          Subscriptions subscriptions, NotificationSettings settings, Vertx vertx, Clock clock,
                          NotificationMeters meters, EventStore events, Tracer tracer) {
        this.meters = meters;
        this.events = events;
        this.tracer = tracer;
        this.notifications = notifications;
        this.mail = mail;
        this.webhooks = webhooks;
        this.targets = targets;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.vertx = vertx;
        this.clock = clock;
    }

    @Scheduled(every = "${rectify.notifications.dispatch-every:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        return round();
    }

    /** Claims what is due and starts delivering it; one round at a time per instance. */
    private Uni<Void> round() {
        int room = settings.maxInFlight() - inFlight.get();
        if (room <= 0 || !roundUnderWay.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        roundWanted.set(false);
        lastRoundStarted = System.nanoTime();
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.deliveryTimeout().multipliedBy(3));
        return Panache.withTransaction(() -> NotificationView.<NotificationView>find(DUE, Sort.ascending("nextAttemptAt"),
                                Map.<String, Object>of("pending", NotificationStatus.PENDING.name(), "now", now))
                        .range(0, room - 1).list()
                        .chain(due -> Multi.createFrom().iterable(due)
                                .onItem().transformToUniAndConcatenate(view -> NotificationView.update(CLAIM, Map.<String, Object>of(
                                                "until", leaseUntil, "id", view.id,
                                                "pending", NotificationStatus.PENDING.name(), "now", now))
                                        .map(claimed -> claimed == 1 ? view.id : null))
                                .collect().asList()))
                .invoke(claimed -> claimed.stream().filter(id -> id != null).forEach(this::startDelivery))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("cannot look for due notifications now (%s); next round tries again", failure.getMessage());
                    return List.of();
                })
                .eventually(() -> {
                    roundUnderWay.set(false);
                    if (roundWanted.get()) {
                        roundAgain();
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A finished delivery may make the next message of its case due, and frees room: look again
     * soon rather than at the next tick, but at most one extra round per {@link #EXTRA_ROUND_GAP},
     * so a case's messages follow each other quickly and a busy instance does not spend itself on
     * a round per delivery.
     */
    private void roundAgain() {
        roundWanted.set(true);
        if (!extraRoundScheduled.compareAndSet(false, true)) {
            return;
        }
        long sinceLast = Duration.ofNanos(System.nanoTime() - lastRoundStarted).toMillis();
        vertx.setTimer(Math.max(1, EXTRA_ROUND_GAP.toMillis() - sinceLast), timer -> {
            extraRoundScheduled.set(false);
            onOwnContext(context -> round().subscribe().with(done -> { }, failure -> { }));
        });
    }

    private void onOwnContext(java.util.function.Consumer<Context> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        // a context of our own making: Hibernate Reactive needs to be told that no one else uses it
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.accept(context));
    }

    /** Runs one delivery on a context of its own, so that its database session is its own too. */
    private void startDelivery(UUID id) {
        inFlight.incrementAndGet();
        onOwnContext(context -> Uni.createFrom().deferred(() -> deliver(id, context)).subscribe().with(
                outcome -> {
                    inFlight.decrementAndGet();
                    roundAgain();
                },
                failure -> {
                    inFlight.decrementAndGet();
                    LOG.warnf("delivery of notification %s: the outcome could not be recorded (%s); it is tried again "
                            + "when its lease ends", id, failure.getMessage());
                }));
    }

    private Uni<Notification> deliver(UUID id, Context context) {
        return Panache.withSession(() -> notifications.find(id).chain(notification -> {
                    if (notification == null || notification.status() != NotificationStatus.PENDING) {
                        return Uni.createFrom().item(new Attempt(notification, null, true, null));
                    }
                    Uni<WebhookSubscription> subscription = notification.channel() == NotificationChannel.EMAIL
                            ? Uni.createFrom().nullItem()
                            : WebhookSubscription.<WebhookSubscription>findById(notification.subscriptionId());
                    // the delivery continues the trace the notification was decided in (the event that caused it)
                    return subscription.chain(found -> events.traceparentOf(id)
                            .map(traceparent -> new Attempt(notification, found, false, traceparent)));
                }))
                .chain(attempt -> attempt.skip() ? Uni.createFrom().item(attempt.notification())
                        : Spans.around(() -> deliverySpan(attempt), () -> send(attempt)
                        .emitOn(task -> context.runOnContext(ignored -> task.run()))
                        .call(error -> attempt.subscription() == null || !attempt.subscription().active()
                                ? Uni.createFrom().voidItem() : subscriptions.recordOutcome(attempt.subscription().id, error))
                        .chain(error -> notifications.recordDelivery(id, error))
                        .invoke(after -> {
                            log(after, attempt.notification());
                            meters.attempted(attempt.notification(), after);
                        })));
    }

    /** @return null when the recipient's server accepted it, else why not */
    private Uni<String> send(Attempt attempt) {
        Notification n = attempt.notification();
        Uni<Void> sending;
        if (n.channel() == NotificationChannel.EMAIL) {
            sending = mail.send(n.id(), n.caseId(), n.caseReference(), n.recipient(), n.subject(), n.body());
        } else if (attempt.subscription() == null) {
            return Uni.createFrom().item("subscription-deleted: the webhook subscription " + n.subscriptionId() + " was deleted");
        } else if (!attempt.subscription().active()) {
            return Uni.createFrom().item("subscription-suspended: " + attempt.subscription().suspensionReason);
        } else {
            WebhookSubscription subscription = attempt.subscription();
            // the address is checked again now: what a name resolves to may have changed since subscribing
            return targets.check(URI.create(subscription.url))
                    .chain(() -> webhooks.send(n.id(), subscription.url, n.body(), subscription.secret))
                    .ifNoItem().after(settings.deliveryTimeout().plusSeconds(1)).fail()
                    .map(sent -> (String) null)
                    .onFailure().recoverWithItem(WebhookSender::failureClass);
        }
        return sending
                .ifNoItem().after(settings.deliveryTimeout().plusSeconds(1)).fail()
                .map(sent -> (String) null)
                .onFailure().recoverWithItem(DeliveryWorker::describe);
    }

    private static void log(Notification after, Notification before) {
        if (after.status() == NotificationStatus.SENT) {
            LOG.infof("sent %s %s for %s", before.channel(), before.template(), before.caseReference());
        } else if (after.status() == NotificationStatus.FAILED) {
            LOG.errorf("gave up %s %s to %s for %s after %d attempts: %s", before.channel(), before.template(),
                    before.recipient(), before.caseReference(), after.attempts(), after.lastError());
        } else if (after.status() == NotificationStatus.PENDING) {
            LOG.warnf("%s %s to %s not delivered (%s); attempt %d, next at %s", before.channel(), before.template(),
                    before.recipient(), after.lastError(), after.attempts(), after.nextAttemptAt());
        }
    }

    private static String describe(Throwable failure) {
        List<String> reasons = new ArrayList<>();
        for (Throwable t = failure; t != null && reasons.size() < 3; t = t.getCause()) {
            reasons.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return String.join(": ", reasons);
    }

    private Span deliverySpan(Attempt attempt) {
        Notification n = attempt.notification();
        return tracer.spanBuilder("deliver " + n.channel().name().toLowerCase(java.util.Locale.ROOT))
                .setParent(TraceContext.parent(attempt.traceparent()))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("rectify.notification.id", n.id().toString())
                .setAttribute("rectify.notification.template", n.template())
                .setAttribute("rectify.notification.attempt", n.attempts() + 1L)
                .setAttribute("rectify.case_id", n.caseId().toString())
                .startSpan();
    }

    private record Attempt(Notification notification, WebhookSubscription subscription, boolean skip, String traceparent) {
    }
}
