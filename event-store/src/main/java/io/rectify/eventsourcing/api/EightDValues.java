package io.rectify.eventsourcing.api;

import java.time.Instant;
import java.util.List;

/** The 8D's API values to the event contracts' and back, for the CAR's steps and the report shared from them; null stays null. */
public final class EightDValues {

    private EightDValues() {
    }

    public static io.rectify.contracts.car.TeamMember toContract(TeamMember member) {
        return member == null ? null : new io.rectify.contracts.car.TeamMember(member.name(), member.role(), member.department());
    }

    public static TeamMember of(io.rectify.contracts.car.TeamMember member) {
        return member == null ? null : new TeamMember(member.name(), member.role(), member.department());
    }

    public static List<io.rectify.contracts.car.TeamMember> toContract(List<TeamMember> members) {
        return members == null ? null : members.stream().map(EightDValues::toContract).toList();
    }

    public static List<TeamMember> team(List<io.rectify.contracts.car.TeamMember> members) {
        return members == null ? null : members.stream().map(EightDValues::of).toList();
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

    public static PlannedAction of(io.rectify.contracts.car.PlannedAction action) {
        return action == null ? null : new PlannedAction(action.actionId(), action.description(), action.owner(),
                action.dueDate(), action.type());
    }

    public static io.rectify.contracts.car.Prevention toContract(Prevention prevention) {
        return prevention == null ? null : new io.rectify.contracts.car.Prevention(prevention.pfmeaUpdate(),
                prevention.controlPlanUpdate(), prevention.workInstructionUpdates(), prevention.similarProducts());
    }

    public static Prevention of(io.rectify.contracts.car.Prevention prevention) {
        return prevention == null ? null : new Prevention(prevention.pfmeaUpdate(), prevention.controlPlanUpdate(),
                prevention.workInstructionUpdates(), prevention.similarProducts());
    }

    /** The report as the customer is shown it, with when it was shared. */
    public static EightDReport of(io.rectify.contracts.car.EightDReport report, Instant sharedAt) {
        if (report == null) {
            return null;
        }
        var verified = report.verification();
        return new EightDReport(report.carReference(), report.complaintReference(), ApiValues.of(report.product()),
                of(report.leader()), team(report.members()), of(report.problem()), ApiValues.of(report.containment()),
                report.containmentVerification(), of(report.occurrence()), of(report.escape()), report.rootCauseVerification(),
                report.actions() == null ? List.of() : report.actions().stream()
                        .map(action -> new EightDReport.Action(of(action.planned()), action.completedAt())).toList(),
                of(report.prevention()),
                verified == null ? null : new EightDReport.Verification(verified.result(), verified.criteria(),
                        verified.observedFrom(), verified.observedUntil(), verified.observation(), verified.verifiedAt()),
                report.lessonsLearned(), report.closedAt(), sharedAt);
    }
}
