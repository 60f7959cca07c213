package io.rectify.car.security;

import io.rectify.eventsourcing.security.AccessPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import static io.rectify.eventsourcing.security.Roles.QUALITY_MANAGER;
import static io.rectify.eventsourcing.security.Roles.READ_ALL;
import static io.rectify.eventsourcing.security.Roles.STAFF;

/**
 * Who may call each operation of car-service: the one place that says it. CARs are the supplier's
 * internal work: customers learn of them through their complaint case, not here.
 */
public class AccessRules {

    @Produces
    @Singleton
    public AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .allow("POST /cars", STAFF)
                .allow("GET /cars", READ_ALL)
                .allow("GET /cars/{id}", READ_ALL)
                .allow("GET /cars/{id}/events", READ_ALL)
                .allow("GET /cars/{id}/audit", READ_ALL)
                .allow("GET /cars/{id}/report", READ_ALL)
                // the 8D, step by step: the quality team; closing a CAR needs a manager
                .allow("POST /cars/{id}/emergency-response", STAFF)
                .allow("POST /cars/{id}/team", STAFF)
                .allow("POST /cars/{id}/problem-description", STAFF)
                .allow("POST /cars/{id}/containment", STAFF)
                .allow("POST /cars/{id}/root-cause", STAFF)
                .allow("POST /cars/{id}/corrective-actions", STAFF)
                .allow("POST /cars/{id}/corrective-actions/{actionId}/completion", STAFF)
                .allow("POST /cars/{id}/prevention", STAFF)
                .allow("POST /cars/{id}/verification", STAFF)
                .allow("POST /cars/{id}/closure", QUALITY_MANAGER)
                // what the customer is told of the 8D: the quality team decides when
                .allow("POST /cars/{id}/report/sharing", STAFF)
                // operations
                .sharedAdministration()
                .build();
    }
}
