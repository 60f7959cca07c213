package io.rectify.car.domain;

import io.rectify.eventsourcing.command.CommandRejectedException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.rectify.car.domain.CarStatus.ACTIONS_IMPLEMENTED;
import static io.rectify.car.domain.CarStatus.ACTIONS_PLANNED;
import static io.rectify.car.domain.CarStatus.CONTAINED;
import static io.rectify.car.domain.CarStatus.EMERGENCY_RESPONSE_RECORDED;
import static io.rectify.car.domain.CarStatus.OPENED;
import static io.rectify.car.domain.CarStatus.PREVENTION_DEFINED;
import static io.rectify.car.domain.CarStatus.PROBLEM_DESCRIBED;
import static io.rectify.car.domain.CarStatus.ROOT_CAUSE_DETERMINED;
import static io.rectify.car.domain.CarStatus.TEAM_FORMED;
import static io.rectify.car.domain.CarStatus.VERIFIED;

/**
 * The 8D in order, in one place. Each step may be recorded again to refine it while the next one
 * has not started; the team may change until closure.
 *
 * <pre>
 * OPENED -(D0 emergency-response)-> -(D1 team)-> TEAM_FORMED -(D2 problem-description)-> -(D3 containment)-> CONTAINED
 *   -(D4 root-cause)-> -(D5 corrective-actions)-> ACTIONS_PLANNED -(D6 completion of every action)-> ACTIONS_IMPLEMENTED
 *   -(D7 prevention)-> PREVENTION_DEFINED -(verification EFFECTIVE)-> VERIFIED -(D8 closure)-> CLOSED
 * verification NOT_EFFECTIVE, or a reopening from the complaint: back to CONTAINED, the root cause is determined again
 * </pre>
 */
public final class CarLifecycle {

    /** The path of the completion command, as the API names it. */
    public static final String COMPLETION = CarCommand.CompleteAction.NAME;

    private record Rule(String step, Set<CarStatus> from, Function<Car, Optional<String>> guard) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put(CarCommand.RecordEmergencyResponse.NAME, new Rule("D0", EnumSet.of(OPENED), always()));
        RULES.put(CarCommand.FormTeam.NAME, new Rule("D1", EnumSet.range(OPENED, VERIFIED), always()));
        RULES.put(CarCommand.DescribeProblem.NAME, new Rule("D2", EnumSet.of(TEAM_FORMED, PROBLEM_DESCRIBED), always()));
        RULES.put(CarCommand.RecordContainment.NAME, new Rule("D3", EnumSet.of(PROBLEM_DESCRIBED, CONTAINED), always()));
        RULES.put(CarCommand.DetermineRootCause.NAME, new Rule("D4", EnumSet.of(CONTAINED, ROOT_CAUSE_DETERMINED), always()));
        RULES.put(CarCommand.PlanActions.NAME, new Rule("D5", EnumSet.of(ROOT_CAUSE_DETERMINED, ACTIONS_PLANNED), always()));
        RULES.put(COMPLETION, new Rule("D6", EnumSet.of(ACTIONS_PLANNED), always()));
        RULES.put(CarCommand.DefinePrevention.NAME, new Rule("D7", EnumSet.of(ACTIONS_IMPLEMENTED, PREVENTION_DEFINED), always()));
        RULES.put(CarCommand.Verify.NAME, new Rule("verification", EnumSet.of(PREVENTION_DEFINED), always()));
        RULES.put(CarCommand.Close.NAME, new Rule("D8", EnumSet.of(VERIFIED),
                car -> car.openActions().isEmpty() ? Optional.empty()
                        : Optional.of("every action must be complete; open: " + String.join(", ", car.openActions()))));
    }

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

    public static List<String> allowedCommands(Car car) {
        List<String> allowed = new ArrayList<>();
        RULES.forEach((name, rule) -> {
            if (rule.from().contains(car.status()) && rule.guard().apply(car).isEmpty()) {
                allowed.add(name);
            }
        });
        return allowed;
    }

    /** Refuses a step out of order (409), saying what is missing and what is allowed instead. */
    public static void check(Car car, String command) {
        if (command.equals(CarCommand.Open.NAME)) {
            if (car.status() != CarStatus.NONE) {
                throw rejected(car, command, "The CAR is open already");
            }
            return;
        }
        Rule rule = RULES.get(command);
        if (rule == null) {
            return; // internal commands (reopening, overdue actions) are decided by the CAR itself
        }
        if (car.status() == CarStatus.NONE) {
            throw new IllegalStateException("no CAR");
        }
        if (!rule.from().contains(car.status())) {
            String missing = car.status() == CarStatus.CLOSED ? "the CAR is closed"
                    : car.status().compareTo(rule.from().iterator().next()) < 0
                    ? "it needs " + NEXT.get(car.status()) + " first"
                    : "the CAR is past " + rule.step() + (NEXT.containsKey(car.status()) ? "; next is " + NEXT.get(car.status()) : "");
            throw rejected(car, command, "'" + command + "' (" + rule.step() + ") is not possible now: " + missing);
        }
        rule.guard().apply(car).ifPresent(reason -> {
            throw rejected(car, command, "'" + command + "' (" + rule.step() + ") is not possible yet: " + reason);
        });
    }

    private static CommandRejectedException rejected(Car car, String command, String reason) {
        List<String> allowed = allowedCommands(car);
        return new CommandRejectedException(command, car.status().name(), allowed,
                reason + (allowed.isEmpty() ? "" : "; allowed now: " + String.join(", ", allowed)));
    }

    private static Function<Car, Optional<String>> always() {
        return car -> Optional.empty();
    }
}
