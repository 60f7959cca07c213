package io.rectify.car.domain;

import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.EightDReport;
import io.rectify.contracts.car.PlannedAction;
import io.rectify.eventsourcing.command.InvalidCommandException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A corrective action request run as an 8D: plain Java, no framework. {@link #decide} turns a
 * command into events or refuses it; {@link #evolve} folds an event into the next state. The order
 * of the steps, and the status each event leads to, is {@link CarLifecycle}'s table.
 */
public record Car(UUID id,
                  CarStatus status,
                  CarEvent.Opened opened,
                  CarEvent.EmergencyResponseRecorded emergencyResponse,
                  CarEvent.TeamFormed team,
                  CarEvent.ProblemDescribed problem,
                  CarEvent.ContainmentRecorded containment,
                  CarEvent.RootCauseDetermined rootCause,
                  List<ActionState> actions,
                  CarEvent.PreventionDefined prevention,
                  List<CarEvent.Verified> verifications,
                  CarEvent.Closed closure,
                  List<CarEvent.Reopened> reopenings,
                  CarEvent.ReportShared lastSharing) {

    public Car {
        actions = List.copyOf(actions);
        verifications = List.copyOf(verifications);
        reopenings = List.copyOf(reopenings);
    }

    public static Car none(UUID id) {
        return new Car(id, CarStatus.NONE, null, null, null, null, null, null, List.of(), null, List.of(), null, List.of(),
                null);
    }

    /** The case the CAR belongs to: its complaint, or itself when it was raised without one. */
    public UUID caseId() {
        return opened != null && opened.complaintId() != null ? opened.complaintId() : id;
    }

    public List<String> openActions() {
        return actions.stream().filter(action -> !action.complete()).map(action -> action.planned().actionId()).toList();
    }

    /** The events {@code command} leads to, or a refusal: 409 for a step out of order, 400 when it is incomplete. */
    public List<CarEvent> decide(CarCommand command) {
        CarLifecycle.check(this, command);
        return switch (command) {
            case CarCommand.Open open -> List.of(new CarEvent.Opened(id, open.reference(), open.complaintId(),
                    open.complaintReference(), open.source(), open.problemStatement(), open.customer(), open.product(),
                    open.lotNumber(), open.severity(), open.initialContainment(), open.at()));
            case CarCommand.RecordEmergencyResponse d0 -> List.of(new CarEvent.EmergencyResponseRecorded(id, d0.stopShip(),
                    d0.isolatedQuantity(), d0.location(), d0.actions(), d0.at()));
            case CarCommand.FormTeam d1 ->
                    List.of(new CarEvent.TeamFormed(id, d1.leader(), d1.members() == null ? List.of() : d1.members(), d1.at()));
            case CarCommand.DescribeProblem d2 -> List.of(new CarEvent.ProblemDescribed(id, d2.description(), d2.at()));
            case CarCommand.RecordContainment d3 ->
                    List.of(new CarEvent.ContainmentRecorded(id, d3.containment(), d3.verification(), d3.at()));
            case CarCommand.DetermineRootCause d4 ->
                    List.of(new CarEvent.RootCauseDetermined(id, d4.occurrence(), d4.escape(), d4.verification(), d4.at()));
            case CarCommand.PlanActions d5 -> plan(d5);
            case CarCommand.CompleteAction d6 -> complete(d6);
            case CarCommand.DefinePrevention d7 -> List.of(new CarEvent.PreventionDefined(id, d7.prevention(), d7.at()));
            case CarCommand.Verify verify -> {
                if (verify.observedFrom() != null && verify.observedUntil() != null
                        && verify.observedUntil().isBefore(verify.observedFrom())) {
                    throw InvalidCommandException.of("observedUntil", "must not be before observedFrom");
                }
                yield List.of(new CarEvent.Verified(id, verify.result(), verify.criteria(), verify.observedFrom(),
                        verify.observedUntil(), verify.observation(), verify.at()));
            }
            case CarCommand.Close d8 -> List.of(new CarEvent.Closed(id, d8.lessonsLearned(), d8.at()));
            // back to D4 only once a root cause exists to be questioned; earlier the 8D is still on its way there
            case CarCommand.Reopen reopen -> status.compareTo(CarStatus.ROOT_CAUSE_DETERMINED) >= 0
                    ? List.of(new CarEvent.Reopened(id, reopen.reason(), reopen.at()))
                    : List.of();
            // sharing a report the customer has already, unchanged, records nothing
            case CarCommand.ShareReport share -> lastSharing != null && report().equals(lastSharing.report()) ? List.of()
                    : List.of(new CarEvent.ReportShared(id, report(), share.at()));
            case CarCommand.RecordOverdueActions watch -> status == CarStatus.CLOSED ? List.of() : actions.stream()
                    .filter(action -> action.overdueOn(watch.today()) && !action.overdueRecorded())
                    .map(action -> (CarEvent) new CarEvent.ActionOverdue(id, action.planned().actionId(),
                            action.planned().owner(), action.planned().dueDate(), watch.at()))
                    .toList();
        };
    }

    /** The 8D report as it stands: what the customer is given when it is shared. */
    public EightDReport report() {
        CarEvent.Verified verified = verifications.isEmpty() ? null : verifications.getLast();
        return new EightDReport(opened.reference(), opened.complaintReference(), opened.product(),
                team == null ? null : team.leader(), team == null ? List.of() : team.members(),
                problem == null ? null : problem.description(),
                containment == null ? null : containment.containment(), containment == null ? null : containment.verification(),
                rootCause == null ? null : rootCause.occurrence(), rootCause == null ? null : rootCause.escape(),
                rootCause == null ? null : rootCause.verification(),
                actions.stream().map(action -> new EightDReport.Action(action.planned(), action.completedAt())).toList(),
                prevention == null ? null : prevention.prevention(),
                verified == null ? null : new EightDReport.Verification(verified.result(), verified.criteria(),
                        verified.observedFrom(), verified.observedUntil(), verified.observation(), verified.verifiedAt()),
                closure == null ? null : closure.lessonsLearned(), closure == null ? null : closure.closedAt());
    }

    private List<CarEvent> complete(CarCommand.CompleteAction d6) {
        ActionState action = actions.stream().filter(a -> a.planned().actionId().equals(d6.actionId())).findFirst()
                .orElseThrow(() -> InvalidCommandException.of("actionId", "no action " + d6.actionId()
                        + " is planned; planned: " + actions.stream().map(a -> a.planned().actionId()).toList()));
        if (action.complete()) {
            throw InvalidCommandException.of("actionId", "action " + d6.actionId() + " was completed already");
        }
        return List.of(new CarEvent.ActionCompleted(id, d6.actionId(), d6.evidence(), d6.at()));
    }

    private List<CarEvent> plan(CarCommand.PlanActions plan) {
        Set<String> completed = new HashSet<>();
        actions.stream().filter(ActionState::complete).forEach(action -> completed.add(action.planned().actionId()));
        Set<String> seen = new HashSet<>();
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < plan.actions().size(); i++) {
            PlannedAction action = plan.actions().get(i);
            if (!seen.add(action.actionId())) {
                errors.add(new InvalidCommandException.FieldError("actions[" + i + "].actionId", "is used twice: " + action.actionId()));
            } else if (completed.contains(action.actionId())) {
                errors.add(new InvalidCommandException.FieldError("actions[" + i + "].actionId",
                        action.actionId() + " is completed already; give a new action a new id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return List.of(new CarEvent.ActionsPlanned(id, plan.actions(), plan.at()));
    }

    /** The CAR after {@code event}: its status from the lifecycle's table, the rest folded here. */
    public Car evolve(CarEvent event) {
        Builder next = new Builder(this);
        next.status = CarLifecycle.TABLE.statusAfter(this, event);
        switch (event) {
            case CarEvent.Opened e -> next.opened = e;
            case CarEvent.EmergencyResponseRecorded e -> next.emergencyResponse = e;
            case CarEvent.TeamFormed e -> next.team = e;
            case CarEvent.ProblemDescribed e -> next.problem = e;
            case CarEvent.ContainmentRecorded e -> next.containment = e;
            case CarEvent.RootCauseDetermined e -> next.rootCause = e;
            case CarEvent.ActionsPlanned e -> {
                // a new plan replaces what was not done; what was done stays done
                List<ActionState> all = new ArrayList<>(actions.stream().filter(ActionState::complete).toList());
                e.actions().forEach(action -> all.add(new ActionState(action, null, null, false)));
                next.actions = all;
            }
            case CarEvent.ActionCompleted e -> next.actions = actions.stream()
                    .map(action -> action.planned().actionId().equals(e.actionId()) ? action.completed(e.completedAt(), e.evidence())
                            : action)
                    .toList();
            case CarEvent.PreventionDefined e -> next.prevention = e;
            case CarEvent.Verified e -> {
                List<CarEvent.Verified> all = new ArrayList<>(verifications);
                all.add(e);
                next.verifications = all;
            }
            case CarEvent.Reopened e -> {
                List<CarEvent.Reopened> all = new ArrayList<>(reopenings);
                all.add(e);
                next.reopenings = all;
                next.closure = null;
            }
            case CarEvent.Closed e -> next.closure = e;
            case CarEvent.ReportShared e -> next.lastSharing = e;
            case CarEvent.ActionOverdue e -> next.actions = actions.stream()
                    .map(action -> action.planned().actionId().equals(e.actionId()) ? action.markedOverdue() : action)
                    .toList();
        }
        return next.build();
    }

    /** A mutable copy to fold one event into; the CAR itself stays immutable. */
    private static final class Builder {
        private final UUID id;
        private CarStatus status;
        private CarEvent.Opened opened;
        private CarEvent.EmergencyResponseRecorded emergencyResponse;
        private CarEvent.TeamFormed team;
        private CarEvent.ProblemDescribed problem;
        private CarEvent.ContainmentRecorded containment;
        private CarEvent.RootCauseDetermined rootCause;
        private List<ActionState> actions;
        private CarEvent.PreventionDefined prevention;
        private List<CarEvent.Verified> verifications;
        private CarEvent.Closed closure;
        private List<CarEvent.Reopened> reopenings;
        private CarEvent.ReportShared lastSharing;

        private Builder(Car from) {
            id = from.id;
            status = from.status;
            opened = from.opened;
            emergencyResponse = from.emergencyResponse;
            team = from.team;
            problem = from.problem;
            containment = from.containment;
            rootCause = from.rootCause;
            actions = from.actions;
            prevention = from.prevention;
            verifications = from.verifications;
            closure = from.closure;
            reopenings = from.reopenings;
            lastSharing = from.lastSharing;
        }

        private Car build() {
            return new Car(id, status, opened, emergencyResponse, team, problem, containment, rootCause, actions, prevention,
                    verifications, closure, reopenings, lastSharing);
        }
    }
}
