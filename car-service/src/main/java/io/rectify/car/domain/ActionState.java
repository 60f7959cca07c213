package io.rectify.car.domain;

import io.rectify.contracts.car.PlannedAction;

import java.time.Instant;
import java.time.LocalDate;

/** A planned action (D5) and how far it got: completed with evidence (D6), or overdue. */
public record ActionState(PlannedAction planned, Instant completedAt, String evidence, boolean overdueRecorded) {

    public boolean complete() {
        return completedAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !complete() && planned.dueDate() != null && planned.dueDate().isBefore(today);
    }

    ActionState completed(Instant at, String withEvidence) {
        return new ActionState(planned, at, withEvidence, overdueRecorded);
    }

    ActionState markedOverdue() {
        return new ActionState(planned, completedAt, evidence, true);
    }
}
