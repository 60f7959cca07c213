package io.rectify.notification.security;

import io.rectify.eventsourcing.security.AccessPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import static io.rectify.eventsourcing.security.Roles.ADMIN;
import static io.rectify.eventsourcing.security.Roles.CUSTOMER;
import static io.rectify.eventsourcing.security.Roles.INTEGRATOR;
import static io.rectify.eventsourcing.security.Roles.READ_ALL;
import static io.rectify.eventsourcing.security.Roles.of;

/**
 * Who may call each operation of notification-service: the one place that says it. A customer's
 * user sees only the mails sent to their own customer about their own cases
 * ({@code NotificationService} answers 404 for anything else).
 */
public class AccessRules {

    @Produces
    @Singleton
    public AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .allow("GET /notifications", of(CUSTOMER, READ_ALL))
                .allow("GET /notifications/{id}", of(CUSTOMER, READ_ALL))
                .allow("POST /notifications/{id}/retry", ADMIN)
                // webhook subscriptions are the integrators' business; admins may look
                .allow("POST /subscriptions", INTEGRATOR)
                .allow("DELETE /subscriptions/{id}", INTEGRATOR)
                .allow("POST /subscriptions/{id}/resumption", INTEGRATOR)
                .allow("GET /subscriptions", of(INTEGRATOR, ADMIN))
                .allow("GET /subscriptions/{id}", of(INTEGRATOR, ADMIN))
                // operations
                .sharedAdministration()
                .build();
    }
}
