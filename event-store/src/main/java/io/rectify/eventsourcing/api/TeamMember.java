package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of the 8D team (D1): who, in which role (e.g. process engineer), from which department. */
public record TeamMember(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 200) String role,
                         @Size(max = 200) String department) {
}
