package io.rectify.notification.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A CAR's reference and case, learnt from its opened event, for the alerts about its later steps. */
@Entity
@Table(name = "car_references")
public class CarReference extends PanacheEntityBase {

    @Id
    @Column(name = "car_id")
    public UUID carId;
    @Column(name = "case_id")
    public UUID caseId;
    public String reference;
}
