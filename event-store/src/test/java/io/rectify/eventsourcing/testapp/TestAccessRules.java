package io.rectify.eventsourcing.testapp;

import io.rectify.eventsourcing.security.AccessPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The test application has the shared admin endpoints only. */
public class TestAccessRules {

    @Produces
    @Singleton
    public AccessPolicy accessPolicy() {
        return AccessPolicy.builder().sharedAdministration().build();
    }
}
