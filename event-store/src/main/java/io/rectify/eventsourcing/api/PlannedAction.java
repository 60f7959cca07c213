package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** D5: a permanent action with its owner and due date. */
public record PlannedAction(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "1-40 letters, digits, dots, dashes or underscores") String actionId,
                            @NotBlank @Size(max = 4_000) String description,
                            @NotBlank @Size(max = 200) String owner,
                            @NotNull LocalDate dueDate,
                            @NotNull io.rectify.contracts.car.PlannedAction.Type type) {
}
