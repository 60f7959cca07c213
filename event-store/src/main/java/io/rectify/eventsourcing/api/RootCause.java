package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * D4: one root cause and how it was found. An 8D names two: why the defect occurred, and why it
 * escaped detection.
 *
 * @param whys the chain of a 5-Why analysis, first to last; empty for other methods
 */
public record RootCause(@NotBlank @Size(max = 4_000) String cause,
                        @NotNull io.rectify.contracts.car.RootCause.Method method,
                        io.rectify.contracts.car.RootCause.Category category,
                        @Size(max = 10) List<@NotBlank String> whys) {
}
