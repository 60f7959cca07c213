package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.rectify.complaint.domain.DueDatePolicy;
import io.rectify.contracts.common.Severity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Due dates by customer and severity: a customer's quality agreement may ask for faster answers
 * than the defaults, per severity.
 */
@ApplicationScoped
public class DeadlineProfiles {

    private final DeadlineDefaults defaults;
    private final Clock clock;

    public DeadlineProfiles(DeadlineDefaults defaults, Clock clock) {
        this.defaults = defaults;
        this.clock = clock;
    }

    public DueDatePolicy defaultFor(Severity severity) {
        return new DueDatePolicy(defaults.acknowledgement(),
                severity == Severity.CRITICAL ? defaults.criticalContainment() : null,
                defaults.response(), defaults.closure());
    }

    /** The policy for a new complaint, within the caller's session. */
    public Uni<DueDatePolicy> policyFor(String customerId, Severity severity) {
        return DeadlineProfileEntry.<DeadlineProfileEntry>findById(new DeadlineProfileEntry.Key(customerId, severity.name()))
                .map(entry -> entry == null ? defaultFor(severity) : toPolicy(entry));
    }

    /** A customer's profile for every severity; severities it does not set use the defaults. */
    @WithSession
    public Uni<Map<Severity, DueDatePolicy>> profileOf(String customerId) {
        return DeadlineProfileEntry.<DeadlineProfileEntry>list("customerId", customerId).map(this::merge);
    }

    /** Replaces a customer's profile: the severities given get their durations, the others the defaults. */
    @WithTransaction
    public Uni<Map<Severity, DueDatePolicy>> replace(String customerId, Map<Severity, DueDatePolicy> profile, String actor) {
        return DeadlineProfileEntry.delete("customerId", customerId)
                .chain(() -> Panache.getSession().chain(session -> session.persistAll(profile.entrySet().stream()
                        .map(entry -> toEntry(customerId, entry.getKey(), entry.getValue(), actor)).toArray())))
                .replaceWith(() -> merge(profile.entrySet().stream()
                        .map(entry -> toEntry(customerId, entry.getKey(), entry.getValue(), actor)).toList()));
    }

    @WithTransaction
    public Uni<Long> reset(String customerId) {
        return DeadlineProfileEntry.delete("customerId", customerId);
    }

    private Map<Severity, DueDatePolicy> merge(List<DeadlineProfileEntry> entries) {
        Map<Severity, DueDatePolicy> profile = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            profile.put(severity, defaultFor(severity));
        }
        entries.forEach(entry -> profile.put(Severity.valueOf(entry.severity), toPolicy(entry)));
        return profile;
    }

    private DeadlineProfileEntry toEntry(String customerId, Severity severity, DueDatePolicy policy, String actor) {
        DeadlineProfileEntry entry = new DeadlineProfileEntry();
        entry.customerId = customerId;
        entry.severity = severity.name();
        entry.acknowledgement = policy.acknowledgement().toString();
        entry.containment = policy.containment() == null ? null : policy.containment().toString();
        entry.response = policy.response().toString();
        entry.closure = policy.closure().toString();
        entry.updatedBy = actor;
        entry.updatedAt = clock.instant();
        return entry;
    }

    private static DueDatePolicy toPolicy(DeadlineProfileEntry entry) {
        return new DueDatePolicy(Duration.parse(entry.acknowledgement),
                entry.containment == null ? null : Duration.parse(entry.containment),
                Duration.parse(entry.response), Duration.parse(entry.closure));
    }
}
