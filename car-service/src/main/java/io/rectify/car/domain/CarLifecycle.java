package io.rectify.car.domain;

import io.rectify.car.domain.CarCommand.Type;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.eventsourcing.lifecycle.Lifecycle;
import io.rectify.eventsourcing.lifecycle.Rule;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.rectify.car.domain.CarStatus.ACTIONS_IMPLEMENTED;
import static io.rectify.car.domain.CarStatus.CLOSED;
import static io.rectify.car.domain.CarStatus.ACTIONS_PLANNED;
import static io.rectify.car.domain.CarStatus.CONTAINED;
import static io.rectify.car.domain.CarStatus.EMERGENCY_RESPONSE_RECORDED;
import static io.rectify.car.domain.CarStatus.NONE;
import static io.rectify.car.domain.CarStatus.OPENED;
import static io.rectify.car.domain.CarStatus.PREVENTION_DEFINED;
import static io.rectify.car.domain.CarStatus.PROBLEM_DESCRIBED;
import static io.rectify.car.domain.CarStatus.ROOT_CAUSE_DETERMINED;
import static io.rectify.car.domain.CarStatus.TEAM_FORMED;
import static io.rectify.car.domain.CarStatus.VERIFIED;

/**
 * The 8D in order, in one place: which step a status allows, and which status each event leads
 * to. Each step may be recorded again to refine it while the next one has not started; the team
 * may change until closure. Shown by the names the API gives the steps:
 *
 * <pre>
 * OPENED -(D0 emergency-response)-> -(D1 team)-> TEAM_FORMED -(D2 problem-description)-> -(D3 containment)-> CONTAINED
 *   -(D4 root-cause)-> -(D5 corrective-actions)-> ACTIONS_PLANNED -(D6 completion of every action)-> ACTIONS_IMPLEMENTED
 *   -(D7 prevention)-> PREVENTION_DEFINED -(verification EFFECTIVE)-> VERIFIED -(D8 closure)-> CLOSED
 * verification NOT_EFFECTIVE, or a reopening from the complaint: back to CONTAINED, the root cause is determined again
 * </pre>
 */
public final class CarLifecycle {

    public static final Lifecycle<Car, Type, CarEvent, CarStatus> TABLE = Lifecycle
            .<Car, Type, CarEvent, CarStatus>of(Type.class, CarLifecycle::rule, Car::status)
            .on(CarEvent.Opened.class, OPENED)
            .on(CarEvent.EmergencyResponseRecorded.class, EMERGENCY_RESPONSE_RECORDED)
            // the team may change later without taking the 8D back
            .on(CarEvent.TeamFormed.class, (car, e) -> car.status().compareTo(TEAM_FORMED) < 0 ? TEAM_FORMED : car.status())
            .on(CarEvent.ProblemDescribed.class, PROBLEM_DESCRIBED)
            .on(CarEvent.ContainmentRecorded.class, CONTAINED)
            .on(CarEvent.RootCauseDetermined.class, ROOT_CAUSE_DETERMINED)
            // a new plan keeps what was done; a plan with nothing left to do is implemented
            .on(CarEvent.ActionsPlanned.class, (car, e) -> e.actions().isEmpty() ? ACTIONS_IMPLEMENTED : ACTIONS_PLANNED)
            .on(CarEvent.ActionCompleted.class, (car, e) -> car.openActions().stream().allMatch(e.actionId()::equals)
                    ? ACTIONS_IMPLEMENTED : car.status())
            .on(CarEvent.PreventionDefined.class, PREVENTION_DEFINED)
            .on(CarEvent.Verified.class, (car, e) -> e.result() == Effectiveness.EFFECTIVE ? VERIFIED : CONTAINED)
            .on(CarEvent.Reopened.class, CONTAINED)
            .on(CarEvent.Closed.class, CLOSED)
            .outOfOrder(CarLifecycle::outOfOrder)
            .build();

    /** What each status still lacks before the CAR can move on. */
    private static final Map<CarStatus, String> NEXT = Map.ofEntries(
            Map.entry(OPENED, "the team (D1), after the emergency response (D0) if one was needed"),
            Map.entry(EMERGENCY_RESPONSE_RECORDED, "the team (D1)"),
            Map.entry(TEAM_FORMED, "the problem description (D2)"),
            Map.entry(PROBLEM_DESCRIBED, "the containment (D3)"),
            Map.entry(CONTAINED, "the root cause (D4)"),
            Map.entry(ROOT_CAUSE_DETERMINED, "the corrective actions (D5)"),
            Map.entry(ACTIONS_PLANNED, "the completion of every action (D6)"),
            Map.entry(ACTIONS_IMPLEMENTED, "the prevention of recurrence (D7)"),
            Map.entry(PREVENTION_DEFINED, "the effectiveness verification"),
            Map.entry(VERIFIED, "the closure (D8)"));

    private CarLifecycle() {
    }

    private static Rule<Car, CarStatus> rule(Type command) {
        return switch (command) {
            case OPEN -> Rule.<Car, CarStatus>from(NONE).internal();
            case RECORD_EMERGENCY_RESPONSE -> Rule.from(OPENED);
            case FORM_TEAM -> Rule.from(EnumSet.range(OPENED, VERIFIED));
            case DESCRIBE_PROBLEM -> Rule.from(TEAM_FORMED, PROBLEM_DESCRIBED);
            case RECORD_CONTAINMENT -> Rule.from(PROBLEM_DESCRIBED, CONTAINED);
            case DETERMINE_ROOT_CAUSE -> Rule.from(CONTAINED, ROOT_CAUSE_DETERMINED);
            case PLAN_ACTIONS -> Rule.from(ROOT_CAUSE_DETERMINED, ACTIONS_PLANNED);
            case COMPLETE_ACTION -> Rule.from(ACTIONS_PLANNED);
            case DEFINE_PREVENTION -> Rule.from(ACTIONS_IMPLEMENTED, PREVENTION_DEFINED);
            case VERIFY -> Rule.from(PREVENTION_DEFINED);
            case CLOSE -> Rule.<Car, CarStatus>from(VERIFIED).when((car, now) -> car.openActions().isEmpty() ? Optional.empty()
                    : Optional.of("every action must be complete; open: " + String.join(", ", car.openActions())));
            // an interim report (after containment, say) is as usual as the final one; a CAR raised internally has no customer
            case SHARE_REPORT -> Rule.<Car, CarStatus>from(EnumSet.range(OPENED, CLOSED)).when((car, now) ->
                    car.opened().complaintId() == null
                            ? Optional.of("the CAR serves no complaint, so there is no customer to share its report with")
                            : Optional.empty());
            // the CAR decides what a reopening or the overdue watch changes
            case REOPEN, RECORD_OVERDUE_ACTIONS -> Rule.<Car, CarStatus>from(EnumSet.range(OPENED, CLOSED)).internal();
        };
    }

    /** The 8D step a command records, for refusals. */
    private static String step(Type command) {
        return switch (command) {
            case OPEN -> "opening";
            case RECORD_EMERGENCY_RESPONSE -> "D0";
            case FORM_TEAM -> "D1";
            case DESCRIBE_PROBLEM -> "D2";
            case RECORD_CONTAINMENT -> "D3";
            case DETERMINE_ROOT_CAUSE -> "D4";
            case PLAN_ACTIONS -> "D5";
            case COMPLETE_ACTION -> "D6";
            case DEFINE_PREVENTION -> "D7";
            case VERIFY -> "verification";
            case CLOSE -> "D8";
            case SHARE_REPORT -> "report sharing";
            case REOPEN -> "reopening";
            case RECORD_OVERDUE_ACTIONS -> "overdue watch";
        };
    }

    /** A step out of order says what is missing first, or that the 8D is past it. */
    private static String outOfOrder(Car car, Type command) {
        if (command == Type.OPEN) {
            return "is not possible: the CAR is open already";
        }
        Rule<Car, CarStatus> rule = TABLE.rule(command);
        String missing = car.status() == CLOSED ? "the CAR is closed"
                : car.status().compareTo(rule.from().iterator().next()) < 0
                ? "it needs " + NEXT.get(car.status()) + " first"
                : "the CAR is past " + step(command) + (NEXT.containsKey(car.status()) ? "; next is " + NEXT.get(car.status()) : "");
        return "(" + step(command) + ") is not possible now: " + missing;
    }

    static void check(Car car, CarCommand command) {
        TABLE.check(car, command.commandType(), command.at());
    }

    /** The steps users may record now, in the order of the 8D. */
    public static List<Type> allowed(Car car, Instant now) {
        return TABLE.allowed(car, now);
    }
}
