package io.rectify.eventsourcing.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The realm roles of the identity model, the same in every service, and the groups of them the
 * access policies name most.
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String QUALITY_ENGINEER = "quality-engineer";
    public static final String QUALITY_MANAGER = "quality-manager";
    public static final String INTEGRATOR = "integrator";
    public static final String ADMIN = "admin";

    /** The supplier's people who work cases: they act for the SUPPLIER side. */
    public static final Set<String> STAFF = Set.of(QUALITY_ENGINEER, QUALITY_MANAGER);
    /** Everyone who may read every case of every customer. */
    public static final Set<String> READ_ALL = Set.of(QUALITY_ENGINEER, QUALITY_MANAGER, INTEGRATOR, ADMIN);
    /** Roles whose holders act for the supplier; a customer role together with one of these is refused. */
    public static final Set<String> SUPPLIER_SIDE = Set.of(QUALITY_ENGINEER, QUALITY_MANAGER, INTEGRATOR, ADMIN);

    private Roles() {
    }

    /** The union of roles and groups of roles, for the rules of a policy. */
    public static Set<String> of(Object... rolesOrGroups) {
        Set<String> all = new LinkedHashSet<>();
        for (Object item : rolesOrGroups) {
            if (item instanceof String role) {
                all.add(role);
            } else if (item instanceof Set<?> group) {
                group.forEach(role -> all.add((String) role));
            } else {
                throw new IllegalArgumentException("not a role nor a set of roles: " + item);
            }
        }
        return Set.copyOf(all);
    }
}
