package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One customer's due dates for one severity, as ISO-8601 durations. */
@Entity
@Table(name = "deadline_profiles")
@IdClass(DeadlineProfileEntry.Key.class)
public class DeadlineProfileEntry extends PanacheEntityBase {

    public record Key(String customerId, String severity) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "customer_id")
    public String customerId;
    @Id
    public String severity;
    public String acknowledgement;
    public String containment;
    public String response;
    public String closure;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
