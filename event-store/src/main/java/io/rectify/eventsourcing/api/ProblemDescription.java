package io.rectify.eventsourcing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** D2: the problem in 5W2H terms, sharpened by is / is-not, with the quantities concerned. */
public record ProblemDescription(@NotBlank @Size(max = 4_000) String what,
                                 @Size(max = 4_000) String why,
                                 @NotBlank @Size(max = 4_000) String where,
                                 @NotBlank @Size(max = 4_000) String when,
                                 @Size(max = 4_000) String who,
                                 @Size(max = 4_000) String how,
                                 @NotBlank @Size(max = 4_000) String howMany,
                                 @Size(max = 50) List<@Valid IsIsNot> isIsNot,
                                 @PositiveOrZero int quantityAffected) {
}
