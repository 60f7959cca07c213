package io.rectify.complaint.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The third party the dispute goes to (ISO 10003), e.g. a chamber of commerce's mediation centre. */
public record Mediator(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organisation) {
}
