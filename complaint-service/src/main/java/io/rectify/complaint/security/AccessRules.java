package io.rectify.complaint.security;

import io.rectify.eventsourcing.security.AccessPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Set;

import static io.rectify.eventsourcing.security.Roles.CUSTOMER;
import static io.rectify.eventsourcing.security.Roles.INTEGRATOR;
import static io.rectify.eventsourcing.security.Roles.QUALITY_ENGINEER;
import static io.rectify.eventsourcing.security.Roles.QUALITY_MANAGER;
import static io.rectify.eventsourcing.security.Roles.READ_ALL;
import static io.rectify.eventsourcing.security.Roles.STAFF;
import static io.rectify.eventsourcing.security.Roles.of;

/**
 * Who may call each operation of complaint-service: the one place that says it (the README's
 * table of who may do what is this table in words). A customer's user reaches only their own
 * customer's cases: {@code ComplaintService} answers 404 for any other, so the roles here say what
 * a caller may do at all, not on which cases.
 */
public class AccessRules {

    /** Customers and everyone who reads every case. */
    private static final Set<String> READERS = of(CUSTOMER, READ_ALL);
    /** The two parties of remedies and disputes: the customer, and the supplier's quality staff. */
    private static final Set<String> PARTIES = of(CUSTOMER, STAFF);

    @Produces
    @Singleton
    public AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                // intake: a customer files for their own customer id; staff (phone, e-mail) and CRM for any
                .allow("POST /complaints", of(CUSTOMER, STAFF, INTEGRATOR))
                .allow("GET /complaints", READERS)
                .allow("GET /complaints/{id}", READERS)
                .allow("GET /complaints/{id}/events", READERS)
                .allow("GET /complaints/{id}/audit", READERS)
                // the whole record, the quality team's alerts and internal mails included: not for customers
                .allow("GET /complaints/{id}/audit/export", READ_ALL)
                // the six steps of the case: the quality team; rejecting and closing need a manager
                .allow("POST /complaints/{id}/acknowledgement", STAFF)
                .allow("POST /complaints/{id}/analysis", STAFF)
                .allow("POST /complaints/{id}/corrective-action-request", STAFF)
                .allow("POST /complaints/{id}/response", STAFF)
                .allow("POST /complaints/{id}/follow-ups", STAFF)
                .allow("POST /complaints/{id}/reopening", STAFF)
                .allow("POST /complaints/{id}/closure", QUALITY_MANAGER)
                .allow("POST /complaints/{id}/rejection", QUALITY_MANAGER)
                // remedies: the supplier offers and carries out, the customer answers
                .allow("POST /complaints/{id}/remedy", STAFF)
                .allow("POST /complaints/{id}/remedy/fulfilment", STAFF)
                .allow("POST /complaints/{id}/remedy/acceptance", CUSTOMER)
                .allow("POST /complaints/{id}/remedy/rejection", CUSTOMER)
                // disputes (ISO 10003): the customer opens and may withdraw; both parties bring evidence,
                // propose and answer; each signs for their own side only, a manager for the supplier
                .allow("POST /complaints/{id}/dispute", CUSTOMER)
                .allow("POST /complaints/{id}/dispute/withdrawal", CUSTOMER)
                .allow("POST /complaints/{id}/dispute/evidence", PARTIES)
                .allow("POST /complaints/{id}/dispute/proposals", PARTIES)
                .allow("POST /complaints/{id}/dispute/proposals/{proposalId}/acceptance", PARTIES)
                .allow("POST /complaints/{id}/dispute/proposals/{proposalId}/rejection", PARTIES)
                .allow("POST /complaints/{id}/dispute/settlement/signatures", of(CUSTOMER, QUALITY_MANAGER))
                .allow("GET /complaints/{id}/dispute/settlement", READERS)
                .allow("POST /complaints/{id}/dispute/mediation", QUALITY_MANAGER)
                .allow("POST /complaints/{id}/dispute/mediation/outcome", QUALITY_MANAGER)
                .allow("POST /complaints/{id}/dispute/follow-ups", STAFF)
                // the satisfaction survey: its one-time token is the credential
                .anyone("POST /complaints/{id}/satisfaction")
                .anyone("GET /survey/{id}")
                .anyone("POST /survey/{id}")
                // deadline profiles per customer
                .allow("GET /deadline-profiles/{customerId}", READ_ALL)
                .allow("PUT /deadline-profiles/{customerId}", QUALITY_MANAGER)
                .allow("DELETE /deadline-profiles/{customerId}", QUALITY_MANAGER)
                // analytics: the quality team and integrators (BI tools); never a customer
                .allow("GET /analytics/pareto", READ_ALL)
                .allow("GET /analytics/trends", READ_ALL)
                .allow("GET /analytics/pareto/cases", READ_ALL)
                .allow("GET /analytics/kpis", READ_ALL)
                // the quality team's dashboard (pages, logged in through Keycloak's page)
                .allow("GET /dashboard", STAFF)
                .allow("GET /dashboard/cases", STAFF)
                .allow("GET /dashboard/export/{table}", STAFF)
                // the customer's portal (pages, logged in through Keycloak's page): their own cases only
                .allow("GET /portal", of(CUSTOMER))
                .allow("GET /portal/complaints/new", of(CUSTOMER))
                .allow("POST /portal/complaints", of(CUSTOMER))
                .allow("GET /portal/complaints/{id}", of(CUSTOMER))
                .allow("GET /portal/complaints/{id}/8d-report", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/remedy/acceptance", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/remedy/rejection", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/dispute", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/dispute/evidence", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/dispute/proposals/{proposalId}/acceptance", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/dispute/proposals/{proposalId}/rejection", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/dispute/settlement/signatures", of(CUSTOMER))
                .allow("POST /portal/complaints/{id}/satisfaction", of(CUSTOMER))
                .anyone("GET /logged-out")
                // operations
                .sharedAdministration()
                .build();
    }
}
