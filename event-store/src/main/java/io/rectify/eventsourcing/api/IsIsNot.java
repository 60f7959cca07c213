package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One line of an is / is-not analysis: along a dimension (which product, where, when, how many),
 * where the problem is seen and where it could be but is not.
 */
public record IsIsNot(@NotBlank @Size(max = 200) String dimension,
                      @NotBlank @Size(max = 2_000) String is,
                      @NotBlank @Size(max = 2_000) String isNot) {
}
