package io.rectify.eventsourcing.api;

import io.rectify.contracts.common.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer as written on the complaint form; {@code language} is null when they did not say. */
public record Customer(@NotBlank @Size(max = 100) String id,
                       @Size(max = 200) String name,
                       @Email @Size(max = 254) String email,
                       Language language) {
}
