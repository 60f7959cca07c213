package io.rectify.complaint.domain;

import io.rectify.contracts.common.ContainedStock;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Impact;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.command.InvalidCommandException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transition and guard of a complaint case, on the plain aggregate. */
class ComplaintLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final DueDatePolicy POLICY = new DueDatePolicy(Duration.ofHours(24), Duration.ofHours(24),
            Duration.ofDays(10), Duration.ofDays(60));
    private static final UUID CAR = UUID.randomUUID();

    private final UUID id = UUID.randomUUID();

    // ---- the way a case goes ------------------------------------------------------------------

    private Complaint received() {
        Complaint none = Complaint.none(id);
        return none.apply(none.decide(filing(Severity.CRITICAL, null, List.of())).get(0));
    }

    private Complaint acknowledged() {
        return run(received(), new ComplaintCommand.Acknowledge("on it", T0.plusSeconds(60)));
    }

    private Complaint underAnalysis() {
        return run(acknowledged(), new ComplaintCommand.Analyse("solder voids", new Impact(List.of("L1"), List.of("ACME"), "low"),
                new Containment(new ContainedStock(200, "sorted"), null, new ContainedStock(1_000, "blocked")), null, T0.plusSeconds(120)));
    }

    private Complaint correctiveAction() {
        return run(underAnalysis(), new ComplaintCommand.RequestCorrectiveAction(null, null, T0.plusSeconds(180)));
    }

    private Complaint withRootCause() {
        Complaint linked = run(correctiveAction(), new ComplaintCommand.LinkCar(CAR, "CAR-2026-000001", T0.plusSeconds(200)));
        return run(linked, new ComplaintCommand.FollowCar(CAR, CarProgress.ROOT_CAUSE_DETERMINED, "Occurrence: reflow profile", T0.plusSeconds(300)));
    }

    private Complaint responded() {
        return run(withRootCause(), new ComplaintCommand.Respond(null, "new reflow profile", "SPC on oven", null, null, T0.plusSeconds(400)));
    }

    private Complaint monitoring() {
        return run(responded(), new ComplaintCommand.RecordFollowUp(Effectiveness.EFFECTIVE, "no failure in 4 weeks", T0.plusSeconds(500)));
    }

    private static Complaint run(Complaint complaint, ComplaintCommand command) {
        Complaint next = complaint;
        for (ComplaintEvent event : complaint.decide(command)) {
            next = next.apply(event);
        }
        return next;
    }

    private static ComplaintCommand.File filing(Severity severity, Remedy remedy, List<RelatedComplaint> related) {
        return new ComplaintCommand.File("CMP-2026-000001",
                new Customer("ACME", "ACME Automotive", "quality@acme.example", Language.EN), Channel.EMAIL,
                new Product("SW-100", "Rocker switch"), "LOT-7", 10, 100, "sticking contacts",
                new Occurrence("85 °C", T0.minusSeconds(86_400), Phase.FIELD), severity, remedy, T0, POLICY, related);
    }

    private static void refused(Complaint complaint, ComplaintCommand command, String expectedInReason) {
        CommandRejectedException refused = assertThrows(CommandRejectedException.class, () -> complaint.decide(command));
        assertEquals(complaint.status().name(), refused.currentStatus());
        assertEquals(complaint.allowedCommands(), refused.allowedCommands());
        assertTrue(refused.getMessage().contains(expectedInReason), refused.getMessage());
    }

    // ---- the transitions ------------------------------------------------------------------------

    @Nested
    class Filing {
        @Test
        void givesTheCaseItsDueDatesAndRelatedComplaints() {
            RelatedComplaint earlier = new RelatedComplaint(UUID.randomUUID(), "CMP-2026-000000",
                    RelatedComplaint.Reason.SAME_PART_AND_LOT, T0.minusSeconds(3_600));
            ComplaintEvent.Received received = (ComplaintEvent.Received) Complaint.none(id)
                    .decide(filing(Severity.CRITICAL, null, List.of(earlier))).get(0);
            assertEquals(Remedy.NONE, received.requestedRemedy(), "no remedy asked means NONE, never null");
            assertEquals(T0.plus(Duration.ofHours(24)), received.dueDates().acknowledgement());
            assertEquals(T0.plus(Duration.ofHours(24)), received.dueDates().containment());
            assertEquals(T0.plus(Duration.ofDays(10)), received.dueDates().response());
            assertEquals(T0.plus(Duration.ofDays(60)), received.dueDates().closure());
            assertEquals(List.of(earlier), received.relatedComplaints());
        }

        @Test
        void happensOnce() {
            refused(received(), filing(Severity.MAJOR, null, List.of()), "filed already");
        }

        @Test
        void nothingButAFilingStartsACase() {
            assertThrows(IllegalStateException.class, () -> Complaint.none(id).decide(new ComplaintCommand.Acknowledge(null, T0)));
        }
    }

    @Nested
    class Acknowledgement {
        @Test
        void movesAReceivedCaseOn() {
            Complaint acknowledged = acknowledged();
            assertEquals(ComplaintStatus.ACKNOWLEDGED, acknowledged.status());
            assertEquals(T0.plusSeconds(60), acknowledged.acknowledgedAt());
            assertTrue(acknowledged.reached(Milestone.ACKNOWLEDGEMENT));
        }

        @Test
        void happensOnce() {
            refused(acknowledged(), new ComplaintCommand.Acknowledge(null, T0), "does not accept 'acknowledgement'");
        }
    }

    @Nested
    class Analysis {
        @Test
        void startsTheAnalysisAndRecordsContainment() {
            Complaint analysing = underAnalysis();
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, analysing.status());
            assertEquals("solder voids", analysing.analysis().rootCauseHypothesis());
            assertEquals(T0.plusSeconds(120), analysing.containedAt(), "containment in the analysis meets the containment milestone");
        }

        @Test
        void mayBeRefinedLater() {
            Complaint refined = run(underAnalysis(), new ComplaintCommand.Analyse("flux residue", null, null, null, T0.plusSeconds(150)));
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, refined.status());
            assertEquals("flux residue", refined.analysis().rootCauseHypothesis());
            assertEquals(T0.plusSeconds(120), refined.containedAt(), "the first containment counts");
        }

        @Test
        void needsTheAcknowledgementFirst() {
            refused(received(), new ComplaintCommand.Analyse("x", null, null, null, T0), "allowed now: acknowledgement");
        }
    }

    @Nested
    class CorrectiveActionRequest {
        @Test
        void asksCarServiceWithWhatItNeeds() {
            ComplaintEvent.CorrectiveActionRequested requested = (ComplaintEvent.CorrectiveActionRequested) underAnalysis()
                    .decide(new ComplaintCommand.RequestCorrectiveAction(null, "8D please", T0)).get(0);
            assertEquals("sticking contacts", requested.problemStatement(), "the complaint's description when none is given");
            assertEquals("SW-100", requested.product().partNumber());
            assertEquals(200, requested.containment().atCustomer().quantity());
            assertEquals(ComplaintStatus.CORRECTIVE_ACTION, correctiveAction().status());
            assertTrue(correctiveAction().car().requested());
        }

        @Test
        void needsAnAnalysis() {
            Complaint rejected = run(received(), new ComplaintCommand.Reject("duplicate", T0));
            Complaint reopened = run(rejected, new ComplaintCommand.Reopen("not a duplicate after all", T0));
            refused(reopened, new ComplaintCommand.RequestCorrectiveAction(null, null, T0), "record the analysis first");
        }
    }

    @Nested
    class FollowingTheCar {
        @Test
        void linksTheCarOnce() {
            Complaint linked = run(correctiveAction(), new ComplaintCommand.LinkCar(CAR, "CAR-2026-000001", T0));
            assertEquals(CAR, linked.car().carId());
            assertEquals(List.of(), linked.decide(new ComplaintCommand.LinkCar(CAR, "CAR-2026-000001", T0)));
        }

        @Test
        void learnsTheRootCauseAndForgetsItWhenTheCarIsReopened() {
            Complaint known = withRootCause();
            assertTrue(known.car().rootCauseKnown());
            assertEquals("Occurrence: reflow profile", known.car().rootCause());
            Complaint reopened = run(known, new ComplaintCommand.FollowCar(CAR, CarProgress.REOPENED, "not effective", T0));
            assertEquals(false, reopened.car().rootCauseKnown());
        }

        @Test
        void ignoresCarsItDidNotAskFor() {
            assertEquals(List.of(), correctiveAction().decide(new ComplaintCommand.FollowCar(UUID.randomUUID(),
                    CarProgress.ROOT_CAUSE_DETERMINED, "other", T0)));
        }

        @Test
        void aContainedCarMeetsTheContainmentMilestone() {
            Complaint acknowledgedOnly = run(acknowledged(), new ComplaintCommand.Analyse("?", null, null, null, T0));
            Complaint requested = run(acknowledgedOnly, new ComplaintCommand.RequestCorrectiveAction(null, null, T0));
            Complaint linked = run(requested, new ComplaintCommand.LinkCar(CAR, "CAR-1", T0));
            assertNull(linked.containedAt());
            Instant contained = T0.plusSeconds(999);
            assertEquals(contained, run(linked, new ComplaintCommand.FollowCar(CAR, CarProgress.CONTAINED, "sorted", contained)).containedAt());
        }
    }

    @Nested
    class Response {
        @Test
        void waitsForTheCarsRootCause() {
            refused(correctiveAction(), new ComplaintCommand.Respond("x", "y", "z", null, null, T0), "waits for the CAR's root cause");
        }

        @Test
        void takesTheCarsRootCauseWhenNoneIsGiven() {
            assertEquals(ComplaintStatus.RESPONDED, responded().status());
            assertEquals("Occurrence: reflow profile", responded().response().rootCause());
            assertNull(responded().response().noCarJustification());
        }

        @Test
        void withoutACarNeedsAJustification() {
            InvalidCommandException invalid = assertThrows(InvalidCommandException.class,
                    () -> underAnalysis().decide(new ComplaintCommand.Respond("handling damage", "repack", "train", " ", null, T0)));
            assertEquals("noCarJustification", invalid.errors().get(0).field());
            Complaint answered = run(underAnalysis(), new ComplaintCommand.Respond("handling damage", "repack", "train",
                    "transport damage, not a process defect", null, T0));
            assertEquals(ComplaintStatus.RESPONDED, answered.status());
            assertEquals("transport damage, not a process defect", answered.response().noCarJustification());
        }
    }

    @Nested
    class FollowUp {
        @Test
        void effectiveLeadsToMonitoring() {
            assertEquals(ComplaintStatus.MONITORING, monitoring().status());
            assertTrue(monitoring().effectiveFollowUp());
        }

        @Test
        void notEffectiveSendsTheCaseBackToAnalysisAndAsksToReopenTheCar() {
            ComplaintEvent.FollowUpRecorded notEffective = (ComplaintEvent.FollowUpRecorded) responded()
                    .decide(new ComplaintCommand.RecordFollowUp(Effectiveness.NOT_EFFECTIVE, "failures again", T0)).get(0);
            assertEquals(CAR, notEffective.carToReopen());
            Complaint back = responded().apply(notEffective);
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, back.status());
            assertEquals(false, back.effectiveFollowUp());
        }

        @Test
        void afterANotEffectiveFollowUpTheNextResponseWaitsForTheReopenedCarsNewRootCause() {
            Complaint back = run(responded(), new ComplaintCommand.RecordFollowUp(Effectiveness.NOT_EFFECTIVE, "again", T0));
            refused(back, new ComplaintCommand.Respond(null, "same fix", "same", null, null, T0), "waits for the CAR's root cause");
            refused(back, new ComplaintCommand.RequestCorrectiveAction(null, null, T0), "has its CAR already");
            Complaint reopened = run(back, new ComplaintCommand.FollowCar(CAR, CarProgress.REOPENED, "not effective", T0));
            Complaint found = run(reopened, new ComplaintCommand.FollowCar(CAR, CarProgress.ROOT_CAUSE_DETERMINED,
                    "Occurrence: stencil aperture", T0));
            ComplaintEvent.ResponseIssued second = (ComplaintEvent.ResponseIssued) found
                    .decide(new ComplaintCommand.Respond(null, "stencil rev C", "design rule", null, null, T0)).get(0);
            assertEquals("Occurrence: stencil aperture", second.rootCause());
            assertNull(second.noCarJustification(), "the answer rests on the CAR, not on a justification");
        }

        @Test
        void aCaseAnsweredWithoutACarHasNoCarToReopen() {
            Complaint answered = run(underAnalysis(), new ComplaintCommand.Respond("damage", "repack", "train", "not a defect", null, T0));
            ComplaintEvent.FollowUpRecorded notEffective = (ComplaintEvent.FollowUpRecorded) answered
                    .decide(new ComplaintCommand.RecordFollowUp(Effectiveness.NOT_EFFECTIVE, "again", T0)).get(0);
            assertNull(notEffective.carToReopen());
        }

        @Test
        void needsAResponseFirst() {
            refused(withRootCause(), new ComplaintCommand.RecordFollowUp(Effectiveness.EFFECTIVE, "x", T0), "allowed now: analysis, response, rejection");
        }
    }

    @Nested
    class Closure {
        @Test
        void closesAMonitoredCase() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close("customer satisfied", T0.plusSeconds(600)));
            assertEquals(ComplaintStatus.CLOSED, closed.status());
            assertEquals(List.of("reopening"), closed.allowedCommands());
        }

        @Test
        void needsAnEffectiveFollowUpSinceTheLastResponse() {
            refused(responded(), new ComplaintCommand.Close(null, T0), "allowed now: follow-ups");
            Complaint back = run(responded(), new ComplaintCommand.RecordFollowUp(Effectiveness.NOT_EFFECTIVE, "again", T0));
            refused(back, new ComplaintCommand.Close(null, T0), "does not accept 'closure'");
        }
    }

    @Nested
    class RejectionAndReopening {
        @Test
        void aCaseMayBeRejectedBeforeItIsAnswered() {
            for (Complaint before : List.of(received(), acknowledged(), underAnalysis(), correctiveAction())) {
                Complaint rejected = run(before, new ComplaintCommand.Reject("not our part", T0));
                assertEquals(ComplaintStatus.REJECTED, rejected.status());
                assertEquals("not our part", rejected.rejection().reason());
            }
        }

        @Test
        void notAfterTheResponse() {
            refused(responded(), new ComplaintCommand.Reject("changed our mind", T0), "does not accept 'rejection'");
        }

        @Test
        void closedAndRejectedCasesReopenIntoAnalysis() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close(null, T0));
            Complaint reopened = run(closed, new ComplaintCommand.Reopen("failure came back", T0));
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, reopened.status());
            assertNull(reopened.closedAt());
            assertEquals(1, reopened.reopenings().size());
            Complaint rejected = run(received(), new ComplaintCommand.Reject("duplicate", T0));
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, run(rejected, new ComplaintCommand.Reopen("new evidence", T0)).status());
        }

        @Test
        void openCasesDoNotReopen() {
            refused(underAnalysis(), new ComplaintCommand.Reopen("x", T0), "does not accept 'reopening'");
        }
    }

    @Nested
    class Deadlines {
        @Test
        void nothingIsMissedBeforeItsDueDate() {
            assertEquals(List.of(), received().decide(new ComplaintCommand.RecordMissedDeadlines(T0.plusSeconds(60))));
        }

        @Test
        void aMissedMilestoneIsRecordedOnce() {
            Instant late = T0.plus(Duration.ofHours(25));
            List<ComplaintEvent> missed = received().decide(new ComplaintCommand.RecordMissedDeadlines(late));
            assertEquals(List.of(Milestone.ACKNOWLEDGEMENT, Milestone.CONTAINMENT),
                    missed.stream().map(e -> ((ComplaintEvent.DeadlineMissed) e).milestone()).toList());
            Complaint after = run(received(), new ComplaintCommand.RecordMissedDeadlines(late));
            assertEquals(List.of(), after.decide(new ComplaintCommand.RecordMissedDeadlines(late.plusSeconds(60))));
        }

        @Test
        void reachedMilestonesAreNotMissed() {
            Instant late = T0.plus(Duration.ofDays(11));
            List<ComplaintEvent> missed = responded().decide(new ComplaintCommand.RecordMissedDeadlines(late));
            assertEquals(List.of(), missed, "acknowledged, contained and answered in time");
            ComplaintEvent.DeadlineMissed closure = assertInstanceOf(ComplaintEvent.DeadlineMissed.class,
                    responded().decide(new ComplaintCommand.RecordMissedDeadlines(T0.plus(Duration.ofDays(61)))).get(0));
            assertEquals(Milestone.CLOSURE, closure.milestone());
        }

        @Test
        void aRejectedCaseOwesNothing() {
            Complaint rejected = run(received(), new ComplaintCommand.Reject("spam", T0));
            assertEquals(List.of(), rejected.decide(new ComplaintCommand.RecordMissedDeadlines(T0.plus(Duration.ofDays(90)))));
        }
    }
}
