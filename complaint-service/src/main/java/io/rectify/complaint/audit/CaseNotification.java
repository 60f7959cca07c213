package io.rectify.complaint.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One mail or webhook notification-service decided on for a case, and what became of it (V105__case_notifications.sql). */
@Entity
@Table(name = "case_notifications")
public class CaseNotification extends PanacheEntityBase {

    public enum Status { PENDING, SENT, FAILED, CANCELLED }

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "case_id")
    public UUID caseId;
    public String channel;
    public String recipient;
    public String language;
    public String template;
    public String subject;
    public String status;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "ended_at")
    public Instant endedAt;
}
