package io.rectify.car.rest.api;

import io.rectify.car.domain.CarCommand;
import io.rectify.eventsourcing.api.ApiValues;

import java.time.Instant;
import java.util.List;

/**
 * car-service's API records to the event contracts and back: the one place a request becomes
 * what a command carries, and what a CAR holds becomes what the API shows.
 */
public final class CarApi {

    private CarApi() {
    }

    /** The opening a CAR form asks for, with the reference the service gave it. */
    public static CarCommand.Open toCommand(CarForm form, String reference, Instant at) {
        return new CarCommand.Open(reference, null, null, form.source(), form.problemStatement(),
                ApiValues.toContract(form.customer()), ApiValues.toContract(form.product()), form.lotNumber(), form.severity(),
                ApiValues.toContract(form.containment()), at);
    }

    public static io.rectify.contracts.car.TeamMember toContract(TeamMember member) {
        return member == null ? null : new io.rectify.contracts.car.TeamMember(member.name(), member.role(), member.department());
    }

    public static TeamMember of(io.rectify.contracts.car.TeamMember member) {
        return member == null ? null : new TeamMember(member.name(), member.role(), member.department());
    }

    public static List<io.rectify.contracts.car.TeamMember> toContract(List<TeamMember> members) {
        return members == null ? null : members.stream().map(CarApi::toContract).toList();
    }

    public static List<TeamMember> team(List<io.rectify.contracts.car.TeamMember> members) {
        return members == null ? null : members.stream().map(CarApi::of).toList();
    }

    public static io.rectify.contracts.car.ProblemDescription toContract(ProblemDescription d) {
        return d == null ? null : new io.rectify.contracts.car.ProblemDescription(d.what(), d.why(), d.where(), d.when(), d.who(),
                d.how(), d.howMany(), d.isIsNot() == null ? null : d.isIsNot().stream()
                .map(line -> new io.rectify.contracts.car.IsIsNot(line.dimension(), line.is(), line.isNot())).toList(),
                d.quantityAffected());
    }

    public static ProblemDescription of(io.rectify.contracts.car.ProblemDescription d) {
        return d == null ? null : new ProblemDescription(d.what(), d.why(), d.where(), d.when(), d.who(), d.how(), d.howMany(),
                d.isIsNot() == null ? null : d.isIsNot().stream()
                        .map(line -> new IsIsNot(line.dimension(), line.is(), line.isNot())).toList(),
                d.quantityAffected());
    }

    public static io.rectify.contracts.car.RootCause toContract(RootCause cause) {
        return cause == null ? null : new io.rectify.contracts.car.RootCause(cause.cause(), cause.method(), cause.category(),
                cause.whys());
    }

    public static RootCause of(io.rectify.contracts.car.RootCause cause) {
        return cause == null ? null : new RootCause(cause.cause(), cause.method(), cause.category(), cause.whys());
    }

    public static io.rectify.contracts.car.PlannedAction toContract(PlannedAction action) {
        return action == null ? null : new io.rectify.contracts.car.PlannedAction(action.actionId(), action.description(),
                action.owner(), action.dueDate(), action.type());
    }

    public static io.rectify.contracts.car.Prevention toContract(Prevention prevention) {
        return prevention == null ? null : new io.rectify.contracts.car.Prevention(prevention.pfmeaUpdate(),
                prevention.controlPlanUpdate(), prevention.workInstructionUpdates(), prevention.similarProducts());
    }

    public static Prevention of(io.rectify.contracts.car.Prevention prevention) {
        return prevention == null ? null : new Prevention(prevention.pfmeaUpdate(), prevention.controlPlanUpdate(),
                prevention.workInstructionUpdates(), prevention.similarProducts());
    }
}
