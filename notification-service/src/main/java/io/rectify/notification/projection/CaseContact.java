package io.rectify.notification.projection;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Who a case's customer is and in which language to write, learnt from the case's received
 * event: the later events of a case do not repeat it.
 */
@Entity
@Table(name = "case_contacts")
public class CaseContact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    public String reference;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "customer_name")
    public String customerName;
    public String email;
    public String language;
}
