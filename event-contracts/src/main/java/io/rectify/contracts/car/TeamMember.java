package io.rectify.contracts.car;

/** A member of the 8D team (D1): who, in which role (e.g. process engineer), from which department. */
public record TeamMember(String name,
                         String role,
                         String department) {
}
