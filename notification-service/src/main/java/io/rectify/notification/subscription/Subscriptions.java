package io.rectify.notification.subscription;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.security.Roles;
import io.rectify.notification.service.NotificationSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The webhook subscriptions of integrations: which endpoint gets which events, signed with which secret. */
@ApplicationScoped
public class Subscriptions {

    /** The event types a subscription may name: everything on complaints.events and cars.events. */
    public static final Set<String> EVENT_TYPES;

    static {
        Set<String> types = new TreeSet<>(ComplaintEvent.TYPES.all().keySet());
        types.addAll(CarEvent.TYPES.all().keySet());
        EVENT_TYPES = Set.copyOf(types);
    }

    private static final int MIN_SECRET_LENGTH = 16;

    private final Clock clock;
    private final WebhookTargets targets;
    private final NotificationSettings settings;

    public Subscriptions(Clock clock, WebhookTargets targets, NotificationSettings settings) {
        this.clock = clock;
        this.targets = targets;
        this.settings = settings;
    }

    public record NewSubscription(String url, List<String> eventTypes, String secret, String description) {
    }

    /** The integrator already has as many subscriptions as one may: answers 409. */
    public static final class LimitReached extends RuntimeException {
        public LimitReached(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Subscribes the caller's endpoint. The URL must lead outside the network ({@link WebhookTargets});
     * an integrator has at most {@code max-subscriptions-per-integrator}.
     */
    public Uni<WebhookSubscription> subscribe(NewSubscription request, Caller owner) {
        check(request);
        return targets.check(URI.create(request.url()))
                .onFailure(WebhookTargets.RefusedTarget.class)
                .transform(refused -> InvalidCommandException.of("url", refused.getMessage()))
                .chain(() -> Panache.withTransaction(() -> WebhookSubscription.count("ownerSubject", owner.subject())
                        .chain(count -> {
                            if (count >= settings.maxSubscriptionsPerIntegrator()) {
                                throw new LimitReached(owner.username() + " has " + count + " subscriptions, the most one "
                                        + "integrator may have; end one first (DELETE /subscriptions/{id})");
                            }
                            WebhookSubscription subscription = new WebhookSubscription();
                            subscription.id = UUID.randomUUID();
                            subscription.url = request.url();
                            subscription.eventTypes = List.copyOf(request.eventTypes());
                            subscription.secret = request.secret();
                            subscription.description = request.description();
                            subscription.createdAt = clock.instant();
                            subscription.ownerSubject = owner.subject();
                            subscription.ownerUsername = owner.username();
                            return subscription.<WebhookSubscription>persist();
                        })));
    }

    /** An integrator's own subscriptions; an admin sees all. */
    @WithSession
    /** Up to {@code limit} of the subscriptions the caller may see from the {@code first}, oldest first. */
    public Uni<List<WebhookSubscription>> all(Caller caller, int first, int limit) {
        Sort order = Sort.ascending("createdAt", "id");
        return (seesAll(caller) ? WebhookSubscription.<WebhookSubscription>findAll(order)
                : WebhookSubscription.<WebhookSubscription>find("ownerSubject", order, caller.subject()))
                .range(first, first + limit - 1).list();
    }

    /** One subscription the caller may see, or null (another integrator's is as unknown as a missing one). */
    @WithSession
    public Uni<WebhookSubscription> get(UUID id, Caller caller) {
        return WebhookSubscription.<WebhookSubscription>findById(id).map(found -> visible(found, caller) ? found : null);
    }

    @WithTransaction
    public Uni<Boolean> delete(UUID id, Caller caller) {
        return WebhookSubscription.<WebhookSubscription>findById(id).chain(found -> visible(found, caller)
                ? found.delete().replaceWith(true) : Uni.createFrom().item(false));
    }

    /** Takes a suspended subscription back into service; its endpoint is checked again. */
    public Uni<WebhookSubscription> resume(UUID id, Caller caller) {
        return get(id, caller).chain(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            return targets.check(URI.create(found.url))
                    .onFailure(WebhookTargets.RefusedTarget.class)
                    .transform(refused -> InvalidCommandException.of("url", refused.getMessage()))
                    .chain(() -> Panache.withTransaction(() -> WebhookSubscription.<WebhookSubscription>findById(id)
                            .invoke(subscription -> {
                                subscription.status = WebhookSubscription.ACTIVE;
                                subscription.failingSince = null;
                                subscription.suspendedAt = null;
                                subscription.suspensionReason = null;
                            })));
        });
    }

    /**
     * What one delivery to a subscription's endpoint found: one that arrives ends a run of failures;
     * failures for longer than {@code webhook-suspend-after} suspend the subscription, so that a
     * dead endpoint stops taking delivery work.
     */
    public Uni<Void> recordOutcome(UUID subscriptionId, String error) {
        return Panache.withTransaction(() -> WebhookSubscription.<WebhookSubscription>findById(subscriptionId)
                .invoke(subscription -> {
                    if (subscription == null) {
                        return;
                    }
                    Instant now = clock.instant();
                    if (error == null) {
                        subscription.failingSince = null;
                    } else if (subscription.failingSince == null) {
                        subscription.failingSince = now;
                    } else if (subscription.active()
                            && subscription.failingSince.plus(settings.webhookSuspendAfter()).isBefore(now)) {
                        subscription.status = WebhookSubscription.SUSPENDED;
                        subscription.suspendedAt = now;
                        subscription.suspensionReason = "every delivery failed since " + subscription.failingSince
                                + " (last: " + error + ")";
                    }
                })).replaceWithVoid();
    }

    private static boolean seesAll(Caller caller) {
        return caller.hasRole(Roles.ADMIN);
    }

    private static boolean visible(WebhookSubscription subscription, Caller caller) {
        return subscription != null && (seesAll(caller) || caller.subject().equals(subscription.ownerSubject));
    }

    private static void check(NewSubscription request) {
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        if (request.url() == null || request.url().isBlank()) {
            errors.add(new InvalidCommandException.FieldError("url", "is required: the endpoint events are POSTed to"));
        } else {
            try {
                URI url = URI.create(request.url());
                if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                    errors.add(new InvalidCommandException.FieldError("url", "must be an absolute http or https URL"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidCommandException.FieldError("url", "is not a URL: " + e.getMessage()));
            }
        }
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            errors.add(new InvalidCommandException.FieldError("eventTypes",
                    "name at least one event type, a prefix such as io.rectify.complaint.*, or * for all"));
        } else {
            for (int i = 0; i < request.eventTypes().size(); i++) {
                String type = request.eventTypes().get(i);
                if (!known(type)) {
                    errors.add(new InvalidCommandException.FieldError("eventTypes[" + i + "]",
                            "'" + type + "' is no event type; e.g. io.rectify.complaint.received.v1, io.rectify.car.*, *"));
                }
            }
        }
        if (request.secret() == null || request.secret().length() < MIN_SECRET_LENGTH) {
            errors.add(new InvalidCommandException.FieldError("secret",
                    "needs at least " + MIN_SECRET_LENGTH + " characters: deliveries are signed with it (HMAC-SHA256)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }

    private static boolean known(String type) {
        if (type == null || type.isBlank()) {
            return false;
        }
        if (type.endsWith("*")) {
            String prefix = type.substring(0, type.length() - 1);
            return EVENT_TYPES.stream().anyMatch(known -> known.startsWith(prefix));
        }
        return EVENT_TYPES.contains(type);
    }
}
