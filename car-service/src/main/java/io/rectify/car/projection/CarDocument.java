package io.rectify.car.projection;

import io.rectify.car.domain.ActionState;
import io.rectify.car.domain.Car;
import io.rectify.car.domain.CarStatus;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.PlannedAction;
import io.rectify.eventsourcing.api.Prevention;
import io.rectify.eventsourcing.api.ProblemDescription;
import io.rectify.eventsourcing.api.RootCause;
import io.rectify.eventsourcing.api.TeamMember;
import io.rectify.eventsourcing.api.EightDValues;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Containment;
import io.rectify.eventsourcing.api.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.eventsourcing.api.Product;
import io.rectify.contracts.common.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A CAR as the API shows it, step by step (D0 to D8). */
@Schema(name = "Car")
public record CarDocument(UUID id,
                          @Schema(example = "CAR-2026-000042") String reference,
                          CarStatus status,
                          @Schema(description = "The CAR's version: send it back as If-Match") long version,
                          @Schema(description = "The steps this CAR accepts now") List<String> allowedCommands,
                          UUID complaintId,
                          String complaintReference,
                          CarSource source,
                          String problemStatement,
                          Customer customer,
                          Product product,
                          String lotNumber,
                          Severity severity,
                          Containment initialContainment,
                          Instant openedAt,
                          EmergencyResponse emergencyResponse,
                          Team team,
                          Problem problem,
                          ContainmentStep containment,
                          RootCauses rootCause,
                          List<Action> actions,
                          PreventionStep prevention,
                          List<Verification> verifications,
                          Closure closure,
                          List<Reopening> reopenings,
                          @Schema(description = "When the 8D report was last shared with the customer; null if never")
                          Instant reportSharedAt,
                          Instant updatedAt) {

    /** The document with the steps the CAR takes at the time of reading. */
    public CarDocument allowing(List<String> allowedNow) {
        return new CarDocument(id, reference, status, version, allowedNow, complaintId, complaintReference, source,
                problemStatement, customer, product, lotNumber, severity, initialContainment, openedAt, emergencyResponse, team,
                problem, containment, rootCause, actions, prevention, verifications, closure, reopenings, reportSharedAt, updatedAt);
    }

    /** D0 */
    public record EmergencyResponse(boolean stopShip, int isolatedQuantity, String location, String actions, Instant recordedAt) {
    }

    /** D1 */
    public record Team(TeamMember leader, List<TeamMember> members, Instant formedAt) {
    }

    /** D2 */
    public record Problem(ProblemDescription description, Instant describedAt) {
    }

    /** D3 */
    public record ContainmentStep(Containment containment, String verification, Instant recordedAt) {
    }

    /** D4 */
    public record RootCauses(RootCause occurrence, RootCause escape, String verification, Instant determinedAt) {
    }

    /** D5 and D6 */
    public record Action(String actionId, String description, String owner, LocalDate dueDate, PlannedAction.Type type,
                         Instant completedAt, String evidence, boolean overdue) {
    }

    /** D7 */
    public record PreventionStep(Prevention prevention, Instant definedAt) {
    }

    public record Verification(Effectiveness result, String criteria, LocalDate observedFrom, LocalDate observedUntil,
                               String observation, Instant verifiedAt) {
    }

    /** D8 */
    public record Closure(String lessonsLearned, Instant closedAt) {
    }

    public record Reopening(String reason, Instant reopenedAt) {
    }

    /** {@code allowedCommands} depends on the time of reading: null in the stored read model, see {@link #allowing}. */
    public static CarDocument of(Car car, long version, Instant updatedAt, List<String> allowedCommands) {
        var opened = car.opened();
        return new CarDocument(car.id(), opened.reference(), car.status(), version, allowedCommands,
                opened.complaintId(), opened.complaintReference(), opened.source(), opened.problemStatement(),
                ApiValues.of(opened.customer()), ApiValues.of(opened.product()), opened.lotNumber(), opened.severity(),
                ApiValues.of(opened.initialContainment()),
                opened.openedAt(),
                car.emergencyResponse() == null ? null : new EmergencyResponse(car.emergencyResponse().stopShip(),
                        car.emergencyResponse().isolatedQuantity(), car.emergencyResponse().location(),
                        car.emergencyResponse().actions(), car.emergencyResponse().recordedAt()),
                car.team() == null ? null : new Team(EightDValues.of(car.team().leader()), EightDValues.team(car.team().members()),
                        car.team().formedAt()),
                car.problem() == null ? null : new Problem(EightDValues.of(car.problem().description()), car.problem().describedAt()),
                car.containment() == null ? null : new ContainmentStep(ApiValues.of(car.containment().containment()),
                        car.containment().verification(), car.containment().recordedAt()),
                car.rootCause() == null ? null : new RootCauses(EightDValues.of(car.rootCause().occurrence()), EightDValues.of(car.rootCause().escape()),
                        car.rootCause().verification(), car.rootCause().determinedAt()),
                car.actions().stream().map(CarDocument::action).toList(),
                car.prevention() == null ? null : new PreventionStep(EightDValues.of(car.prevention().prevention()), car.prevention().definedAt()),
                car.verifications().stream().map(v -> new Verification(v.result(), v.criteria(), v.observedFrom(),
                        v.observedUntil(), v.observation(), v.verifiedAt())).toList(),
                car.closure() == null ? null : new Closure(car.closure().lessonsLearned(), car.closure().closedAt()),
                car.reopenings().stream().map(r -> new Reopening(r.reason(), r.reopenedAt())).toList(),
                car.lastSharing() == null ? null : car.lastSharing().sharedAt(),
                updatedAt);
    }

    /** The earliest due date among open actions not yet recorded as overdue: when to look again. */
    public static LocalDate nextActionDue(Car car) {
        if (car.status() == CarStatus.CLOSED) {
            return null;
        }
        return car.actions().stream()
                .filter(action -> !action.complete() && !action.overdueRecorded())
                .map(action -> action.planned().dueDate())
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private static Action action(ActionState state) {
        PlannedAction planned = state.planned();
        return new Action(planned.actionId(), planned.description(), planned.owner(), planned.dueDate(), planned.type(),
                state.completedAt(), state.evidence(), state.overdueRecorded());
    }
}
