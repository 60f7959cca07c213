package io.rectify.notification.subscription;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Clock;
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

    public Subscriptions(Clock clock) {
        this.clock = clock;
    }

    public record NewSubscription(String url, List<String> eventTypes, String secret, String description) {
    }

    @WithTransaction
    public Uni<WebhookSubscription> subscribe(NewSubscription request) {
        check(request);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = request.url();
        subscription.eventTypes = List.copyOf(request.eventTypes());
        subscription.secret = request.secret();
        subscription.description = request.description();
        subscription.createdAt = clock.instant();
        return subscription.persist();
    }

    @WithSession
    public Uni<List<WebhookSubscription>> all() {
        return WebhookSubscription.listAll(Sort.ascending("createdAt"));
    }

    @WithSession
    public Uni<WebhookSubscription> get(UUID id) {
        return WebhookSubscription.findById(id);
    }

    @WithTransaction
    public Uni<Boolean> delete(UUID id) {
        return WebhookSubscription.deleteById(id);
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
