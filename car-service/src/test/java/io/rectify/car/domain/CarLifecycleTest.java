package io.rectify.car.domain;

import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.car.PlannedAction;
import io.rectify.contracts.car.Prevention;
import io.rectify.contracts.car.ProblemDescription;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.car.TeamMember;
import io.rectify.contracts.common.ContainedStock;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.car.rest.CarCommandPaths;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.command.InvalidCommandException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every step of the 8D and every guard, on the plain aggregate. */
class CarLifecycleTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final RootCause OCCURRENCE = new RootCause("reflow peak 5 K too low", RootCause.Method.FIVE_WHY,
            RootCause.Category.MACHINE, List.of("voids", "low wetting", "peak too low", "profile drift", "no SPC"));
    private static final RootCause ESCAPE = new RootCause("AOI does not see voids", RootCause.Method.IS_IS_NOT,
            RootCause.Category.MEASUREMENT, List.of());

    private final UUID id = UUID.randomUUID();
    private final UUID complaint = UUID.randomUUID();

    // each state is given as the events that led to it; the tests then decide one command on it

    private Car opened() {
        return given(Car.none(id), new CarEvent.Opened(id, "CAR-2026-000001", complaint, "CMP-2026-000001", CarSource.CUSTOMER,
                "voids under U7", null, new Product("PCBA-4711", null), "L7", Severity.MAJOR, null, T));
    }

    private Car teamFormed() {
        return given(opened(), new CarEvent.TeamFormed(id, new TeamMember("A. Petrović", "quality engineer", "QA"),
                List.of(new TeamMember("M. Papadopoulou", "process engineer", "SMT")), T));
    }

    private Car described() {
        return given(teamFormed(), new CarEvent.ProblemDescribed(id, new ProblemDescription("voids", "field failures", "U7",
                "since week 44", "line 2", "X-ray", "3 %", List.of(), 120), T));
    }

    private Car contained() {
        return given(described(), new CarEvent.ContainmentRecorded(id, new Containment(new ContainedStock(120, "sorted"), null,
                new ContainedStock(2_000, "blocked")), "X-ray of 200 pieces", T));
    }

    private Car rootCauseDetermined() {
        return given(contained(), new CarEvent.RootCauseDetermined(id, OCCURRENCE, ESCAPE, "reproduced on line 2", T));
    }

    private Car planned() {
        return given(rootCauseDetermined(), new CarEvent.ActionsPlanned(id, List.of(
                new PlannedAction("A1", "new profile", "SMT", TODAY.plusDays(7), PlannedAction.Type.CORRECTIVE),
                new PlannedAction("A2", "X-ray sampling", "QA", TODAY.plusDays(14), PlannedAction.Type.PREVENTIVE)), T));
    }

    private Car implemented() {
        return given(planned(), new CarEvent.ActionCompleted(id, "A1", "profile v7 released", T),
                new CarEvent.ActionCompleted(id, "A2", "sampling plan QP-12", T));
    }

    private Car preventionDefined() {
        return given(implemented(), new CarEvent.PreventionDefined(id, new Prevention("PFMEA rev 5", "CP rev 3",
                List.of("WI-SMT-07"), List.of("PCBA-4712")), T));
    }

    private Car verified() {
        return given(preventionDefined(), new CarEvent.Verified(id, Effectiveness.EFFECTIVE, "no voids > 25 %", TODAY,
                TODAY.plusDays(28), "0 of 12,000", T));
    }

    private static Car given(Car car, CarEvent... events) {
        Car next = car;
        for (CarEvent event : events) {
            next = next.evolve(event);
        }
        return next;
    }

    private static Car run(Car car, CarCommand command) {
        Car next = car;
        for (CarEvent event : car.decide(command)) {
            next = next.evolve(event);
        }
        return next;
    }

    private static CommandRejectedException refused(Car car, CarCommand command, String expected) {
        CommandRejectedException refused = assertThrows(CommandRejectedException.class, () -> car.decide(command));
        assertEquals(CarLifecycle.allowed(car, command.at()), refused.allowedCommands());
        String detail = refused.describe(new CarCommandPaths());
        assertTrue(detail.contains(expected), detail);
        return refused;
    }

    /** The steps the CAR offers, by the names the API gives them. */
    private static List<String> allowed(Car car) {
        return CarCommandPaths.pathsOf(CarLifecycle.allowed(car, T));
    }

    @Test
    void aCarForAComplaintBelongsToTheComplaintsCase() {
        assertEquals(complaint, opened().caseId());
        Car internal = run(Car.none(id), new CarCommand.Open("CAR-2", null, null, CarSource.PRODUCTION, "x", null,
                new Product("P", null), null, Severity.MINOR, null, T));
        assertEquals(id, internal.caseId());
    }

    @Test
    void theStepsGoInOrderFromD0ToD8() {
        assertEquals(List.of("emergency-response", "team", "report/sharing"), allowed(opened()));
        Car d0 = run(opened(), new CarCommand.RecordEmergencyResponse(true, 2_000, "warehouse B", "stop-ship", T));
        assertEquals(CarStatus.EMERGENCY_RESPONSE_RECORDED, d0.status());
        assertEquals(CarStatus.TEAM_FORMED, teamFormed().status());
        assertEquals(CarStatus.PROBLEM_DESCRIBED, described().status());
        assertEquals(CarStatus.CONTAINED, contained().status());
        assertEquals(CarStatus.ROOT_CAUSE_DETERMINED, rootCauseDetermined().status());
        assertEquals(CarStatus.ACTIONS_PLANNED, planned().status());
        assertEquals(CarStatus.ACTIONS_IMPLEMENTED, implemented().status());
        assertEquals(CarStatus.PREVENTION_DEFINED, preventionDefined().status());
        assertEquals(CarStatus.VERIFIED, verified().status());
        Car closed = run(verified(), new CarCommand.Close("keep reflow profiles under SPC", T));
        assertEquals(CarStatus.CLOSED, closed.status());
        assertEquals(List.of("report/sharing"), allowed(closed), "only the report may still go to the customer");
    }

    @Test
    void aStepOutOfOrderSaysWhatIsMissing() {
        CommandRejectedException early = refused(teamFormed(), new CarCommand.DetermineRootCause(OCCURRENCE, ESCAPE, "v", T),
                "needs the problem description (D2) first");
        assertEquals(List.of("team", "problem-description", "report/sharing"), early.allowedCommands().stream().map(new CarCommandPaths()::nameOf).toList());
        refused(opened(), new CarCommand.DescribeProblem(null, T), "needs the team (D1)");
        refused(contained(), new CarCommand.RecordEmergencyResponse(false, 0, null, "x", T), "past D0");
    }

    @Test
    void stepsMayBeRefinedUntilTheNextOneStarts() {
        Car again = run(contained(), new CarCommand.RecordContainment(new Containment(null, new ContainedStock(40, "recalled"), null),
                "recall confirmed", T));
        assertEquals(CarStatus.CONTAINED, again.status());
        assertEquals(40, again.containment().containment().inTransit().quantity());
        Car retold = run(planned(), new CarCommand.FormTeam(new TeamMember("New Lead", "QM", null), List.of(), T));
        assertEquals(CarStatus.ACTIONS_PLANNED, retold.status(), "the team may change without moving the 8D back");
    }

    @Test
    void eachActionIsCompletedOnceWithEvidence() {
        Car oneDone = run(planned(), new CarCommand.CompleteAction("A1", "profile v7", T));
        assertEquals(CarStatus.ACTIONS_PLANNED, oneDone.status(), "A2 is still open");
        assertEquals(List.of("A2"), oneDone.openActions());
        InvalidCommandException twice = assertThrows(InvalidCommandException.class,
                () -> oneDone.decide(new CarCommand.CompleteAction("A1", "again", T)));
        assertEquals("actionId", twice.errors().get(0).field());
        assertThrows(InvalidCommandException.class, () -> oneDone.decide(new CarCommand.CompleteAction("A9", "?", T)));
    }

    @Test
    void aNewPlanReplacesOpenActionsAndKeepsCompletedOnes() {
        Car oneDone = run(planned(), new CarCommand.CompleteAction("A1", "profile v7", T));
        Car replanned = run(oneDone, new CarCommand.PlanActions(List.of(
                new PlannedAction("A3", "automatic X-ray", "QA", TODAY.plusDays(30), PlannedAction.Type.PREVENTIVE)), T));
        assertEquals(List.of("A1", "A3"), replanned.actions().stream().map(a -> a.planned().actionId()).toList());
        InvalidCommandException reused = assertThrows(InvalidCommandException.class, () -> oneDone.decide(new CarCommand.PlanActions(
                List.of(new PlannedAction("A1", "again", "SMT", TODAY, PlannedAction.Type.CORRECTIVE)), T)));
        assertEquals("actions[0].actionId", reused.errors().get(0).field());
    }

    @Test
    void notEffectiveSendsTheCarBackToTheRootCause() {
        Car notEffective = run(preventionDefined(), new CarCommand.Verify(Effectiveness.NOT_EFFECTIVE, "no voids", TODAY,
                TODAY.plusDays(28), "voids again", T));
        assertEquals(CarStatus.CONTAINED, notEffective.status());
        assertTrue(allowed(notEffective).contains("root-cause"));
        refused(notEffective, new CarCommand.Close("x", T), "needs the root cause (D4) first");
    }

    @Test
    void closureNeedsAnEffectiveVerification() {
        refused(preventionDefined(), new CarCommand.Close("lessons", T), "needs the effectiveness verification first");
    }

    @Test
    void theComplaintReopensACarBackToD4() {
        Car closed = run(verified(), new CarCommand.Close("lessons", T));
        Car reopened = run(closed, new CarCommand.Reopen("not effective at the customer", T));
        assertEquals(CarStatus.CONTAINED, reopened.status());
        assertNull(reopened.closure());
        assertEquals(1, reopened.reopenings().size());
        assertEquals(List.of(), described().decide(new CarCommand.Reopen("too early", T)),
                "a CAR that has not reached its root cause yet is on its way there already");
    }

    @Test
    void anOverdueActionIsRecordedOnce() {
        Car late = planned();
        List<CarEvent> overdue = late.decide(new CarCommand.RecordOverdueActions(TODAY.plusDays(8), T));
        CarEvent.ActionOverdue a1 = assertInstanceOf(CarEvent.ActionOverdue.class, overdue.get(0));
        assertEquals(1, overdue.size());
        assertEquals("A1", a1.actionId());
        Car marked = run(late, new CarCommand.RecordOverdueActions(TODAY.plusDays(8), T));
        assertEquals(List.of(), marked.decide(new CarCommand.RecordOverdueActions(TODAY.plusDays(9), T)));
        assertEquals(List.of(), late.decide(new CarCommand.RecordOverdueActions(TODAY, T)), "not before the due date");
        Car done = run(late, new CarCommand.CompleteAction("A1", "done", T));
        assertEquals(List.of(), done.decide(new CarCommand.RecordOverdueActions(TODAY.plusDays(8), T)), "completed in time");
    }

    @Test
    void aCarOpensOnce() {
        refused(opened(), new CarCommand.Open("CAR-X", null, null, CarSource.PRODUCTION, "x", null, null, null, null, null, T),
                "open already");
    }

    @Test
    void theReportSharedWithTheCustomerIsTheCarAsItStandsAndOnlyAChangedOneIsSharedAgain() {
        List<CarEvent> interim = contained().decide(new CarCommand.ShareReport(T));
        CarEvent.ReportShared shared = assertInstanceOf(CarEvent.ReportShared.class, interim.get(0));
        assertEquals(1, interim.size());
        assertEquals("CAR-2026-000001", shared.report().carReference());
        assertEquals("CMP-2026-000001", shared.report().complaintReference());
        assertEquals("A. Petrović", shared.report().leader().name());
        assertEquals(List.of("M. Papadopoulou"), shared.report().members().stream().map(TeamMember::name).toList());
        assertEquals(120, shared.report().containment().atCustomer().quantity());
        assertNull(shared.report().occurrence(), "D4 is not reached yet");
        assertEquals(List.of(), shared.report().actions());
        assertNull(shared.report().closedAt());

        Car sharedOnce = run(contained(), new CarCommand.ShareReport(T));
        assertEquals(CarStatus.CONTAINED, sharedOnce.status(), "sharing moves the 8D nowhere");
        assertEquals(List.of(), sharedOnce.decide(new CarCommand.ShareReport(T.plusSeconds(60))),
                "the customer has this report already");

        Car later = given(sharedOnce, new CarEvent.RootCauseDetermined(id, OCCURRENCE, ESCAPE, "reproduced on line 2", T));
        CarEvent.ReportShared again = assertInstanceOf(CarEvent.ReportShared.class,
                later.decide(new CarCommand.ShareReport(T.plusSeconds(60))).get(0));
        assertEquals(OCCURRENCE, again.report().occurrence());

        Car closed = run(verified(), new CarCommand.Close("keep reflow profiles under SPC", T));
        CarEvent.ReportShared last = assertInstanceOf(CarEvent.ReportShared.class,
                closed.decide(new CarCommand.ShareReport(T)).get(0));
        assertEquals(List.of(T, T), last.report().actions().stream().map(a -> a.completedAt()).toList());
        assertEquals(Effectiveness.EFFECTIVE, last.report().verification().result());
        assertEquals("keep reflow profiles under SPC", last.report().lessonsLearned());
        assertEquals(T, last.report().closedAt());
    }

    @Test
    void aCarRaisedWithoutAComplaintHasNoCustomerToShareItsReportWith() {
        Car internal = run(Car.none(id), new CarCommand.Open("CAR-2", null, null, CarSource.PRODUCTION, "x", null,
                new Product("P", null), null, Severity.MINOR, null, T));
        refused(internal, new CarCommand.ShareReport(T), "no customer to share its report with");
    }
}
