package io.rectify.eventsourcing.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call each operation of a service, in one table: {@code "POST /complaints/{id}/closure"}
 * to the roles that may. Each service declares its table once ({@code security/AccessRules}); the
 * {@link AccessFilter} enforces it on every request, and the OpenAPI document shows it on every
 * operation. An operation the table does not name is refused to everyone.
 *
 * <p>The table says which roles may call an operation at all; which cases a customer may touch
 * (their own) is decided where the case is loaded.
 */
public final class AccessPolicy {

    /** The rule of an operation: public (no token needed) or the roles that may call it. */
    public record Rule(boolean isPublic, Set<String> roles) {

        public boolean allows(Caller caller) {
            return isPublic || caller.hasAnyRole(roles);
        }

        public String describe() {
            return isPublic ? "anyone, without a token" : String.join(", ", new TreeSet<>(roles));
        }
    }

    private final Map<String, Rule> rules;

    private AccessPolicy(Map<String, Rule> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The rule for an operation, e.g. {@code rule("POST", "/complaints/{id}/closure")}. */
    public Optional<Rule> rule(String httpMethod, String pathTemplate) {
        return Optional.ofNullable(rules.get(key(httpMethod, pathTemplate)));
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    static String key(String httpMethod, String pathTemplate) {
        String path = pathTemplate.length() > 1 && pathTemplate.endsWith("/")
                ? pathTemplate.substring(0, pathTemplate.length() - 1) : pathTemplate;
        return httpMethod.toUpperCase() + " " + path;
    }

    public static final class Builder {
        private final Map<String, Rule> rules = new LinkedHashMap<>();

        /** {@code operation} is {@code "METHOD /path/{param}"} as the resource declares it. */
        public Builder allow(String operation, Set<String> roles) {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException(operation + ": name at least one role");
            }
            return put(operation, new Rule(false, Set.copyOf(roles)));
        }

        public Builder allow(String operation, String... roles) {
            return allow(operation, Set.of(roles));
        }

        /**
         * The operations every service has from the shared modules, for admins only: its read
         * models and their rebuild, its outbox and parked records, its dead letters.
         */
        public Builder sharedAdministration() {
            return allow("GET /admin/projections", Roles.ADMIN)
                    .allow("POST /admin/projections/{name}/rebuild", Roles.ADMIN)
                    .allow("GET /admin/projections/{name}/rebuild", Roles.ADMIN)
                    .allow("GET /admin/outbox", Roles.ADMIN)
                    .allow("GET /admin/outbox/parked", Roles.ADMIN)
                    .allow("POST /admin/outbox/parked/{position}/retry", Roles.ADMIN)
                    .allow("GET /admin/dead-letters", Roles.ADMIN)
                    .allow("POST /admin/dead-letters/{partition}/{offset}/replay", Roles.ADMIN)
                    .allow("GET /admin/audit/verification", Roles.ADMIN)
                    .allow("POST /admin/audit/anchors", Roles.ADMIN)
                    .allow("GET /admin/audit/anchors/latest", Roles.ADMIN);
        }

        /** Operations anyone may call without a token, e.g. a page reached through a signed link. */
        public Builder anyone(String operation) {
            return put(operation, new Rule(true, Set.of()));
        }

        private Builder put(String operation, Rule rule) {
            String[] parts = operation.trim().split("\\s+", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("an operation is \"METHOD /path\", not \"" + operation + "\"");
            }
            if (rules.putIfAbsent(key(parts[0], parts[1]), rule) != null) {
                throw new IllegalArgumentException(operation + " is named twice");
            }
            return this;
        }

        public AccessPolicy build() {
            return new AccessPolicy(rules);
        }
    }
}
