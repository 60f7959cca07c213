package io.rectify.eventsourcing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * D7: what keeps the problem from coming back, here and elsewhere: the PFMEA and control plan
 * updates, the work instructions changed, the similar products the lesson was carried to.
 */
public record Prevention(@Size(max = 4_000) String pfmeaUpdate,
                         @Size(max = 4_000) String controlPlanUpdate,
                         @Size(max = 100) List<@NotBlank String> workInstructionUpdates,
                         @Size(max = 100) List<@NotBlank String> similarProducts) {
}
