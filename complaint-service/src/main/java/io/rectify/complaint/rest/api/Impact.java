package io.rectify.complaint.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a defect affects beyond the complaint at hand (seed step 2).
 *
 * @param affectedLots      lots that may carry the same defect
 * @param affectedCustomers customers who received them
 * @param assessment        stock in transit and in-house, other products, safety relevance
 */
public record Impact(@Size(max = 200) List<@NotBlank String> affectedLots,
                     @Size(max = 200) List<@NotBlank String> affectedCustomers,
                     @Size(max = 10_000) String assessment) {
}
