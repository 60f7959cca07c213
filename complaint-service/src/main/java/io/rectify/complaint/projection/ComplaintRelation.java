package io.rectify.complaint.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** "Complaint A may repeat earlier complaint B": lets B show its later recurrences. */
@Entity
@Table(name = "complaint_relations")
@IdClass(ComplaintRelation.Key.class)
public class ComplaintRelation extends PanacheEntityBase {

    public record Key(UUID complaintId, UUID relatedId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;
    @Column(name = "complaint_reference")
    public String complaintReference;
    @Id
    @Column(name = "related_id")
    public UUID relatedId;
    public String reason;
    @Column(name = "received_at")
    public Instant receivedAt;
}
