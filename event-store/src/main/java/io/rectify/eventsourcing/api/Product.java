package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Product(@NotBlank @Size(max = 100) String partNumber, @Size(max = 200) String name) {
}
