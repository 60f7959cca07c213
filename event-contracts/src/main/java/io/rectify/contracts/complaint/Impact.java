package io.rectify.contracts.complaint;

import java.util.List;

/**
 * What a defect affects beyond the complaint at hand (seed step 2).
 *
 * @param affectedLots      lots that may carry the same defect
 * @param affectedCustomers customers who received them
 * @param assessment        stock in transit and in-house, other products, safety relevance
 */
public record Impact(List<String> affectedLots,
                     List<String> affectedCustomers,
                     String assessment) {
}
