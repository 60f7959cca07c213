package io.rectify.eventsourcing.security;

import io.rectify.contracts.complaint.Party;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user behind a request, as the token tells: who (the provider's subject and
 * the username), with which roles, and for a customer's user the customer they belong to.
 *
 * @param name       the person's display name, when the token carries one
 * @param customerId the {@code customer_id} claim; present for customers only
 */
public record Caller(String subject, String username, String name, Set<String> roles, Optional<String> customerId) {

    public Caller {
        roles = Set.copyOf(roles);
        name = name == null || name.isBlank() ? username : name;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** A customer's user: may see and act on their own customer's cases only. */
    public boolean isCustomer() {
        return hasRole(Roles.CUSTOMER);
    }

    /**
     * The side this caller acts for in remedies and disputes: it follows from the role, never
     * from the request.
     */
    public Party party() {
        return isCustomer() ? Party.CUSTOMER : Party.SUPPLIER;
    }

    /** The customer id a customer's user belongs to; fails for staff. */
    public String requiredCustomerId() {
        return customerId.orElseThrow(() -> new AccessDeniedException("the token names no customer_id"));
    }

    /** Whether this caller may see the case of {@code caseCustomerId}: staff always, a customer only their own. */
    public boolean maySee(String caseCustomerId) {
        return !isCustomer() || customerId.map(own -> own.equals(caseCustomerId)).orElse(false);
    }

    /** The role this caller signs or acts in, for records that name it: the most senior one held. */
    public String primaryRole() {
        for (String role : new String[] {Roles.ADMIN, Roles.QUALITY_MANAGER, Roles.QUALITY_ENGINEER, Roles.INTEGRATOR, Roles.CUSTOMER}) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }
}
