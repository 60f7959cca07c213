package io.rectify.notification.subscription;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An integration's endpoint and the event types it wants, signed with its secret. */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    @Column(name = "event_types")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> eventTypes;
    public String secret;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The integrator who made it (the token's subject and username). */
    @Column(name = "owner_subject")
    public String ownerSubject;
    @Column(name = "owner_username")
    public String ownerUsername;
    /** ACTIVE, or SUSPENDED once its endpoint failed for longer than the settings allow. */
    public String status = ACTIVE;
    /** Since when every delivery failed; cleared by one that arrives. */
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "suspension_reason")
    public String suspensionReason;

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** An exact type, a prefix ending in {@code *} (e.g. {@code io.rectify.complaint.*}), or {@code *} for all. */
    public boolean wants(String eventType) {
        for (String wanted : eventTypes) {
            if (wanted.equals(eventType) || wanted.equals("*")
                    || (wanted.endsWith("*") && eventType.startsWith(wanted.substring(0, wanted.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
