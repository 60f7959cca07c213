package io.rectify.contracts.car;

import java.util.List;

/**
 * D7: what keeps the problem from coming back, here and elsewhere: the PFMEA and control plan
 * updates, the work instructions changed, the similar products the lesson was carried to.
 */
public record Prevention(String pfmeaUpdate,
                         String controlPlanUpdate,
                         List<String> workInstructionUpdates,
                         List<String> similarProducts) {

    /** Whether it says anything at all. */
    public boolean isEmpty() {
        return isBlank(pfmeaUpdate) && isBlank(controlPlanUpdate)
                && (workInstructionUpdates == null || workInstructionUpdates.isEmpty())
                && (similarProducts == null || similarProducts.isEmpty());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
