package io.rectify.complaint.analytics;

import io.rectify.eventsourcing.command.InvalidCommandException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a Pareto groups complaints by: its name in the API and its column. */
public enum ParetoDimension {
    /** The 8D's D4: why the defect occurred, in 6M categories. */
    OCCURRENCE_CAUSE("occurrence-cause", "occurrence_category"),
    /** The 8D's D4: why it escaped detection. */
    ESCAPE_CAUSE("escape-cause", "escape_category"),
    PART("part", "part_number"),
    CUSTOMER("customer", "customer_id"),
    LOT("lot", "lot_number"),
    PHASE("phase", "phase"),
    SEVERITY("severity", "severity"),
    CHANNEL("channel", "channel");

    private final String apiName;
    private final String column;

    ParetoDimension(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    public String apiName() {
        return apiName;
    }

    String column() {
        return column;
    }

    /** The dimension named {@code by}; 400 naming the parameter and the names it takes otherwise. */
    public static ParetoDimension named(String by) {
        return Arrays.stream(values()).filter(d -> d.apiName.equals(by)).findFirst()
                .orElseThrow(() -> InvalidCommandException.of("by", (by == null || by.isBlank() ? "required" : "unknown: " + by)
                        + "; one of " + Arrays.stream(values()).map(ParetoDimension::apiName).collect(Collectors.joining(", "))));
    }
}
