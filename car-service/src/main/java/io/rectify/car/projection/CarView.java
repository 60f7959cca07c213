package io.rectify.car.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row per CAR: the filter columns and the CAR as the API shows it. */
@Entity
@Table(name = "car_view")
public class CarView extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    public String status;
    @Column(name = "complaint_id")
    public UUID complaintId;
    public String source;
    @Column(name = "part_number")
    public String partNumber;
    public String severity;
    public long version;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "next_action_due")
    public LocalDate nextActionDue;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    /** The steps offered when the row was written, each with the time it closes; see {@code Lifecycle.offers}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String offers;
}
