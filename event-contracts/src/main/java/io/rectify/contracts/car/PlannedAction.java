package io.rectify.contracts.car;

import java.time.LocalDate;

/** D5: a permanent action with its owner and due date. */
public record PlannedAction(String actionId,
                            String description,
                            String owner,
                            LocalDate dueDate,
                            Type type) {

    public enum Type {
        CORRECTIVE, PREVENTIVE
    }
}
