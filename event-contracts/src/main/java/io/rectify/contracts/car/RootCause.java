package io.rectify.contracts.car;

import java.util.List;

/**
 * D4: one root cause and how it was found. An 8D names two: why the defect occurred, and why it
 * escaped detection.
 *
 * @param whys the chain of a 5-Why analysis, first to last; empty for other methods
 */
public record RootCause(String cause,
                        Method method,
                        Category category,
                        List<String> whys) {

    public enum Method {
        FIVE_WHY, ISHIKAWA, FAULT_TREE, IS_IS_NOT, OTHER
    }

    /** The Ishikawa categories (6M). */
    public enum Category {
        MAN, MACHINE, MATERIAL, METHOD, MEASUREMENT, ENVIRONMENT
    }
}
