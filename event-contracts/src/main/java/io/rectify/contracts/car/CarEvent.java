package io.rectify.contracts.car;

import io.rectify.contracts.EventType;
import io.rectify.contracts.EventTypes;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every state change of a corrective action request, run as an 8D. The payload of the
 * CloudEvents on {@code cars.events}; the record key and {@code caseid} are the complaint's id
 * when the CAR serves a complaint, the CAR's own id otherwise.
 */
public sealed interface CarEvent {

    /** The type names of all CAR events. */
    EventTypes<CarEvent> TYPES = EventTypes.of(CarEvent.class);

    UUID carId();

    /** A CAR was opened, for a complaint ({@code complaintId} set) or for a nonconformity found internally. */
    @EventType("io.rectify.car.opened.v1")
    record Opened(UUID carId,
                  String reference,
                  UUID complaintId,
                  String complaintReference,
                  CarSource source,
                  String problemStatement,
                  Customer customer,
                  Product product,
                  String lotNumber,
                  Severity severity,
                  Containment initialContainment,
                  Instant openedAt) implements CarEvent {
    }

    /** D0: what was done at once (stop-ship, isolation) before the team formed. */
    @EventType("io.rectify.car.emergency-response-recorded.v1")
    record EmergencyResponseRecorded(UUID carId, boolean stopShip, int isolatedQuantity, String location,
                                     String actions, Instant recordedAt) implements CarEvent {
    }

    /** D1 */
    @EventType("io.rectify.car.team-formed.v1")
    record TeamFormed(UUID carId, TeamMember leader, List<TeamMember> members, Instant formedAt) implements CarEvent {
    }

    /** D2 */
    @EventType("io.rectify.car.problem-described.v1")
    record ProblemDescribed(UUID carId, ProblemDescription description, Instant describedAt) implements CarEvent {
    }

    /** D3 */
    @EventType("io.rectify.car.containment-recorded.v1")
    record ContainmentRecorded(UUID carId, Containment containment, String verification, Instant recordedAt)
            implements CarEvent {
    }

    /** D4: why it occurred and why it escaped, and how that was verified. */
    @EventType("io.rectify.car.root-cause-determined.v1")
    record RootCauseDetermined(UUID carId, RootCause occurrence, RootCause escape, String verification,
                               Instant determinedAt) implements CarEvent {
    }

    /** D5: the permanent actions; planning again replaces actions not yet completed. */
    @EventType("io.rectify.car.actions-planned.v1")
    record ActionsPlanned(UUID carId, List<PlannedAction> actions, Instant plannedAt) implements CarEvent {
    }

    /** D6: one action implemented, with the evidence that it was. */
    @EventType("io.rectify.car.action-completed.v1")
    record ActionCompleted(UUID carId, String actionId, String evidence, Instant completedAt) implements CarEvent {
    }

    /** D7 */
    @EventType("io.rectify.car.prevention-defined.v1")
    record PreventionDefined(UUID carId, Prevention prevention, Instant definedAt) implements CarEvent {
    }

    /** Effectiveness, checked against criteria over an observation window. NOT_EFFECTIVE returns the CAR to D4. */
    @EventType("io.rectify.car.verified.v1")
    record Verified(UUID carId, Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil,
                    String observation, Instant verifiedAt) implements CarEvent {
    }

    /** Back to D4: not effective at the customer after all, or found lacking. */
    @EventType("io.rectify.car.reopened.v1")
    record Reopened(UUID carId, String reason, Instant reopenedAt) implements CarEvent {
    }

    /** D8 */
    @EventType("io.rectify.car.closed.v1")
    record Closed(UUID carId, String lessonsLearned, Instant closedAt) implements CarEvent {
    }

    /**
     * The supplier shared the 8D report with the customer of the complaint the CAR serves; each
     * sharing carries the report as it stood then, and a later one replaces it.
     */
    @EventType("io.rectify.car.report-shared.v1")
    record ReportShared(UUID carId, EightDReport report, Instant sharedAt) implements CarEvent {
    }

    /** An action passed its due date unfinished; recorded once per action. */
    @EventType("io.rectify.car.action-overdue.v1")
    record ActionOverdue(UUID carId, String actionId, String owner, LocalDate dueDate, Instant detectedAt)
            implements CarEvent {
    }
}
