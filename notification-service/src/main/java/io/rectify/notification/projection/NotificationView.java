package io.rectify.notification.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One row per notification: what it says, to whom, and where its delivery stands. */
@Entity
@Table(name = "notification_view")
public class NotificationView extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "case_reference")
    public String caseReference;
    public String channel;
    public String recipient;
    public String language;
    public String template;
    public String subject;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    public String status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** Set while an instance delivers it; not part of the notification's events. */
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    public long version;
}
