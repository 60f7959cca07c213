package io.rectify.complaint.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One row per complaint case: the filter columns and the case as the API shows it. */
@Entity
@Table(name = "complaint_view")
public class ComplaintView extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    public String status;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "part_number")
    public String partNumber;
    @Column(name = "lot_number")
    public String lotNumber;
    public String severity;
    public long version;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "next_deadline_at")
    public Instant nextDeadlineAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    /** The commands offered when the row was written, each with the time it closes; see {@code Lifecycle.offers}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String offers;
}
