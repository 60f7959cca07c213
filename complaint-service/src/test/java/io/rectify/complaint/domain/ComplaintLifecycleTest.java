package io.rectify.complaint.domain;

import io.rectify.contracts.common.ContainedStock;
import io.rectify.contracts.common.Containment;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.car.EightDReport;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Impact;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.complaint.domain.ComplaintCommand.DisputeCommand;
import io.rectify.complaint.domain.ComplaintCommand.RemedyCommand;
import io.rectify.contracts.common.Money;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.Mediator;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.contracts.complaint.SettlementSigning;
import io.rectify.contracts.complaint.Signature;
import io.rectify.contracts.complaint.Signer;
import io.rectify.complaint.rest.ComplaintCommandPaths;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.lifecycle.Offers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
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
    private static final UUID SURVEY = UUID.randomUUID();

    private final UUID id = UUID.randomUUID();

    // ---- the way a case goes ------------------------------------------------------------------

    // each state is given as the events that led to it; the tests then decide one command on it

    private static final Customer ACME = new Customer("ACME", "ACME Automotive", "quality@acme.example", Language.EN);
    private static final Product SWITCH = new Product("SW-100", "Rocker switch");
    private static final Containment CONTAINED = new Containment(new ContainedStock(200, "sorted"), null,
            new ContainedStock(1_000, "blocked"));

    private Complaint received() {
        return given(Complaint.none(id), new ComplaintEvent.Received(id, "CMP-2026-000001", ACME, Channel.EMAIL, SWITCH, "LOT-7",
                10, 100, "sticking contacts", new Occurrence("85 °C", T0.minusSeconds(86_400), Phase.FIELD), Severity.CRITICAL,
                Remedy.NONE, T0, POLICY.dueDatesFor(T0), List.of()));
    }

    private Complaint acknowledged() {
        return given(received(), new ComplaintEvent.Acknowledged(id, "on it", T0.plusSeconds(60)));
    }

    private Complaint underAnalysis() {
        return given(acknowledged(), new ComplaintEvent.Analysed(id, "solder voids", new Impact(List.of("L1"), List.of("ACME"), "low"),
                CONTAINED, null, T0.plusSeconds(120)));
    }

    private Complaint correctiveAction() {
        return given(underAnalysis(), new ComplaintEvent.CorrectiveActionRequested(id, "CMP-2026-000001", "sticking contacts", ACME,
                SWITCH, "LOT-7", Severity.CRITICAL, CONTAINED, null, T0.plusSeconds(180)));
    }

    private Complaint withRootCause() {
        return given(correctiveAction(), new ComplaintEvent.CorrectiveActionLinked(id, CAR, "CAR-2026-000001", T0.plusSeconds(200)),
                new ComplaintEvent.CorrectiveActionProgressed(id, CAR, CarProgress.ROOT_CAUSE_DETERMINED,
                        "Occurrence: reflow profile", T0.plusSeconds(300)));
    }

    private Complaint responded() {
        return given(withRootCause(), new ComplaintEvent.ResponseIssued(id, "Occurrence: reflow profile", "new reflow profile",
                "SPC on oven", null, null, T0.plusSeconds(400)));
    }

    private Complaint monitoring() {
        return given(responded(), new ComplaintEvent.FollowUpRecorded(id, Effectiveness.EFFECTIVE, "no failure in 4 weeks", null,
                T0.plusSeconds(500)));
    }

    private static Complaint given(Complaint complaint, ComplaintEvent... events) {
        Complaint next = complaint;
        for (ComplaintEvent event : events) {
            next = next.evolve(event);
        }
        return next;
    }

    private static Complaint run(Complaint complaint, ComplaintCommand command) {
        Complaint next = complaint;
        for (ComplaintEvent event : complaint.decide(command)) {
            next = next.evolve(event);
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
        assertEquals(command.commandType(), refused.command());
        assertEquals(complaint.status().name(), refused.currentStatus());
        assertEquals(ComplaintLifecycle.allowed(complaint, command.at()), refused.allowedCommands());
        String detail = refused.describe(new ComplaintCommandPaths());
        assertTrue(detail.contains(expectedInReason), detail);
    }

    /** The commands the case offers at {@code now}, by the names the API gives them. */
    private static List<String> allowed(Complaint complaint, Instant now) {
        return ComplaintCommandPaths.pathsOf(ComplaintLifecycle.allowed(complaint, now));
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
            refused(Complaint.none(id), new ComplaintCommand.Acknowledge(null, T0), "is not accepted in status NONE");
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
            refused(acknowledged(), new ComplaintCommand.Acknowledge(null, T0), "\'acknowledgement\' is not accepted in status");
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
        void keepsTheLatest8dReportItsOwnCarSharedAndNoneOfAnotherCar() {
            EightDReport interim = new EightDReport("CAR-2026-000001", "CMP-1", null, null, List.of(), null, null, null, null,
                    null, null, List.of(), null, null, null, null);
            EightDReport last = new EightDReport("CAR-2026-000001", "CMP-1", null, null, List.of(), null, null, null, null,
                    null, null, List.of(), null, null, "X-ray after profile changes", T0.plusSeconds(900));
            Complaint linked = withRootCause();
            assertEquals(List.of(), linked.decide(new ComplaintCommand.ReceiveEightDReport(UUID.randomUUID(), interim, T0)));
            Complaint first = run(linked, new ComplaintCommand.ReceiveEightDReport(CAR, interim, T0.plusSeconds(300)));
            Complaint second = run(first, new ComplaintCommand.ReceiveEightDReport(CAR, last, T0.plusSeconds(900)));
            assertEquals(linked.status(), second.status(), "a report moves the case nowhere");
            assertEquals(last, second.sharedReport().report());
            assertEquals(T0.plusSeconds(900), second.sharedReport().sharedAt());
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
            Complaint back = responded().evolve(notEffective);
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
            Complaint closed = run(monitoring(), new ComplaintCommand.Close("customer satisfied", SURVEY, T0.plusSeconds(600)));
            assertEquals(ComplaintStatus.CLOSED, closed.status());
            assertEquals(List.of("reopening", "satisfaction"), allowed(closed, T0.plusSeconds(600)), "the survey waits for its answer");
        }

        @Test
        void needsAnEffectiveFollowUpSinceTheLastResponse() {
            refused(responded(), new ComplaintCommand.Close(null, SURVEY, T0), "allowed now: follow-ups");
            Complaint back = run(responded(), new ComplaintCommand.RecordFollowUp(Effectiveness.NOT_EFFECTIVE, "again", T0));
            refused(back, new ComplaintCommand.Close(null, SURVEY, T0), "\'closure\' is not accepted in status");
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
            refused(responded(), new ComplaintCommand.Reject("changed our mind", T0), "\'rejection\' is not accepted in status");
        }

        @Test
        void closedAndRejectedCasesReopenIntoAnalysis() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close(null, SURVEY, T0));
            Complaint reopened = run(closed, new ComplaintCommand.Reopen("failure came back", T0));
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, reopened.status());
            assertNull(reopened.closedAt());
            assertEquals(1, reopened.reopenings().size());
            Complaint rejected = run(received(), new ComplaintCommand.Reject("duplicate", T0));
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, run(rejected, new ComplaintCommand.Reopen("new evidence", T0)).status());
        }

        @Test
        void openCasesDoNotReopen() {
            refused(underAnalysis(), new ComplaintCommand.Reopen("x", T0), "\'reopening\' is not accepted in status");
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

    // ---- remedies, disputes, mediation, satisfaction -----------------------------------------------

    private static final RemedyOffer CREDIT = new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("1250.00"), "EUR"), null);
    private static final RemedyOffer REPAIR = new RemedyOffer(Remedy.REPAIR, null, 40, null, null);

    // given as events: the remedy offered, a dispute opened; the negotiation steps the tests exercise run as commands

    private static Complaint offered(Complaint complaint, RemedyOffer offer) {
        return given(complaint, new ComplaintEvent.RemedyProposed(complaint.id(), offer, null, T0.plusSeconds(700)));
    }

    private static final String ISSUE = "the credit does not cover our sorting costs";

    /** The customer opened a dispute; contesting the remedy offered turned it down first. */
    private static Complaint disputed(Complaint complaint, Contested contests) {
        Instant at = T0.plusSeconds(800);
        ComplaintEvent.DisputeOpened opened = new ComplaintEvent.DisputeOpened(complaint.id(), complaint.disputes().size() + 1,
                contests, ISSUE, "credit of 4,800 EUR", new Money(new BigDecimal("4800.00"), "EUR"), at);
        return contests == Contested.REMEDY
                ? given(complaint, new ComplaintEvent.RemedyRejected(complaint.id(), ISSUE, at), opened)
                : given(complaint, opened);
    }

    private static Complaint proposed(Complaint complaint, UUID proposalId, Party by, Resolution terms) {
        return run(complaint, new DisputeCommand.ProposeSettlement(proposalId, by, terms, T0.plusSeconds(900)));
    }

    private static Complaint signed(Complaint complaint, Party party) {
        return run(complaint, new DisputeCommand.SignSettlement(party, party == Party.CUSTOMER ? "Ana Petrović" : "Nikos Pappas",
                party == Party.CUSTOMER ? "purchasing manager" : "quality manager",
                party == Party.CUSTOMER ? "Elektro Nord d.o.o." : "the supplier", party == Party.CUSTOMER ? ANA : NIKOS,
                T0.plusSeconds(1_000)));
    }

    private static final Signer ANA = new Signer("subject-ana", "ana", "Ana Petrović", "customer");
    private static final Signer NIKOS = new Signer("subject-nikos", "nikos", "Nikos Pappas", "quality-manager");

    private static final Resolution SETTLEMENT = new Resolution("credit of 3,000 EUR covers sorting and the parts",
            new RemedyOffer(Remedy.CREDIT, null, null, new Money(new BigDecimal("3000.00"), "EUR"), null), false);
    private static final UUID P1 = UUID.randomUUID();
    private static final UUID P2 = UUID.randomUUID();

    /** The customer contests the credit offered, proposes more, the supplier counters, the customer accepts. */
    private Complaint agreedOnTerms() {
        Instant at = T0.plusSeconds(900);
        return given(disputed(offered(monitoring(), CREDIT), Contested.REMEDY),
                new ComplaintEvent.SettlementProposed(id, P1, Party.CUSTOMER, new Resolution("credit of 4,800 EUR", null, false),
                        null, at),
                new ComplaintEvent.ProposalRejected(id, P1, Party.SUPPLIER, "countered by proposal " + P2, P2, at),
                new ComplaintEvent.SettlementProposed(id, P2, Party.SUPPLIER, SETTLEMENT, P1, at),
                new ComplaintEvent.ProposalAccepted(id, P2, Party.CUSTOMER, SETTLEMENT, "agreed", T0.plusSeconds(950)));
    }

    private ComplaintEvent.ProposalAccepted agreedOnTermsEvent() {
        Complaint disputed = disputed(offered(monitoring(), CREDIT), Contested.REMEDY);
        Complaint countered = proposed(proposed(disputed, P1, Party.CUSTOMER, new Resolution("credit of 4,800 EUR", null, false)),
                P2, Party.SUPPLIER, SETTLEMENT);
        return assertInstanceOf(ComplaintEvent.ProposalAccepted.class,
                countered.decide(new DisputeCommand.AcceptProposal(P2, Party.CUSTOMER, "agreed", T0)).get(0));
    }

    @Nested
    class RemedyOnTheCase {
        @Test
        void aCreditIsOfferedAcceptedAndIssued() {
            Complaint accepted = run(offered(underAnalysis(), CREDIT), new RemedyCommand.AcceptRemedy("fine", T0.plusSeconds(750)));
            assertEquals(RemedyState.RemedyStatus.ACCEPTED, accepted.remedy().status());
            assertEquals("CUSTOMER", accepted.remedy().agreedThrough());
            List<ComplaintEvent> issued = accepted.decide(new RemedyCommand.RecordFulfilment(FulfilmentStep.CREDIT_ISSUED, null,
                    "CN-2026-0042", null, T0.plusSeconds(800)));
            assertTrue(assertInstanceOf(ComplaintEvent.RemedyFulfilmentRecorded.class, issued.get(0)).fulfilled());
            assertEquals(RemedyState.RemedyStatus.FULFILLED, run(accepted, new RemedyCommand.RecordFulfilment(
                    FulfilmentStep.CREDIT_ISSUED, null, "CN-2026-0042", null, T0.plusSeconds(800))).remedy().status());
        }

        @Test
        void anIncompleteOfferNamesWhatIsMissing() {
            InvalidCommandException invalid = assertThrows(InvalidCommandException.class, () -> underAnalysis().decide(
                    new RemedyCommand.ProposeRemedy(new RemedyOffer(Remedy.RETURN, null, null, null, null), null, T0)));
            assertEquals(List.of("rmaNumber", "quantity"), invalid.errors().stream().map(InvalidCommandException.FieldError::field).toList());
            assertThrows(InvalidCommandException.class, () -> underAnalysis().decide(
                    new RemedyCommand.ProposeRemedy(new RemedyOffer(Remedy.NONE, null, null, null, " "), null, T0)));
        }

        @Test
        void aRepairGoesStepByStep() {
            Complaint accepted = run(offered(underAnalysis(), REPAIR), new RemedyCommand.AcceptRemedy(null, T0));
            refused(accepted, new RemedyCommand.RecordFulfilment(FulfilmentStep.SHIPPED, 40, null, null, T0),
                    "the step due now is GOODS_RECEIVED");
            Complaint received = run(accepted, new RemedyCommand.RecordFulfilment(FulfilmentStep.GOODS_RECEIVED, 40, "RMA-1", null, T0));
            Complaint repaired = run(received, new RemedyCommand.RecordFulfilment(FulfilmentStep.REPAIRED, 40, null, null, T0));
            assertEquals(RemedyState.RemedyStatus.ACCEPTED, repaired.remedy().status());
            assertEquals(FulfilmentStep.SHIPPED, repaired.remedy().nextStep());
            Complaint shipped = run(repaired, new RemedyCommand.RecordFulfilment(FulfilmentStep.SHIPPED, 40, "DN-77", null, T0));
            assertEquals(RemedyState.RemedyStatus.FULFILLED, shipped.remedy().status());
            refused(shipped, new RemedyCommand.RecordFulfilment(FulfilmentStep.SHIPPED, 40, null, null, T0), "no agreed remedy left");
        }

        @Test
        void anAgreedRemedyIsNotReplacedAndOnlyAnOfferIsAnswered() {
            Complaint accepted = run(offered(underAnalysis(), CREDIT), new RemedyCommand.AcceptRemedy(null, T0));
            refused(accepted, new RemedyCommand.ProposeRemedy(REPAIR, null, T0), "a remedy was agreed already (CREDIT 1250.00 EUR)");
            refused(underAnalysis(), new RemedyCommand.AcceptRemedy(null, T0), "no remedy is waiting for the customer's answer");
            Complaint rejected = run(offered(underAnalysis(), CREDIT), new RemedyCommand.RejectRemedy("too little", T0));
            assertEquals("too little", rejected.remedy().rejectionReason());
            assertEquals(RemedyState.RemedyStatus.PROPOSED, offered(rejected, REPAIR).remedy().status(), "a new offer may follow");
        }

        @Test
        void closureWaitsForTheRemedy() {
            Complaint offered = offered(monitoring(), CREDIT);
            refused(offered, new ComplaintCommand.Close(null, SURVEY, T0), "has not answered the remedy offered");
            Complaint accepted = run(offered, new RemedyCommand.AcceptRemedy(null, T0));
            refused(accepted, new ComplaintCommand.Close(null, SURVEY, T0), "not carried out yet; next: CREDIT_ISSUED");
            Complaint issued = run(accepted, new RemedyCommand.RecordFulfilment(FulfilmentStep.CREDIT_ISSUED, null, "CN-1", null, T0));
            assertEquals(ComplaintStatus.CLOSED, run(issued, new ComplaintCommand.Close(null, SURVEY, T0)).status());
        }
    }

    @Nested
    class Disputes {
        @Test
        void thereMustBeSomethingToContest() {
            refused(acknowledged(), new DisputeCommand.OpenDispute(Contested.REMEDY, "x", "y", null, T0), "nothing to contest yet");
            refused(offered(underAnalysis(), CREDIT), new DisputeCommand.OpenDispute(Contested.RESPONSE, "x", "y", null, T0),
                    "the case has no response to contest; contestable now: [REMEDY]");
        }

        @Test
        void contestingTheRemedyOfferedTurnsItDown() {
            List<ComplaintEvent> events = offered(monitoring(), CREDIT).decide(new DisputeCommand.OpenDispute(Contested.REMEDY,
                    "too little", "4,800 EUR", null, T0));
            assertEquals(List.of(ComplaintEvent.RemedyRejected.class, ComplaintEvent.DisputeOpened.class),
                    events.stream().map(Object::getClass).toList());
            Complaint disputed = disputed(offered(monitoring(), CREDIT), Contested.REMEDY);
            assertEquals(RemedyState.RemedyStatus.REJECTED, disputed.remedy().status());
            assertEquals(Dispute.DisputeStatus.NEGOTIATION, disputed.dispute().status());
            assertEquals(1, disputed.dispute().number());
        }

        @Test
        void theCaseDoesNotCloseOrTakeAnotherDisputeWhileOneIsOpen() {
            Complaint disputed = disputed(monitoring(), Contested.RESPONSE);
            refused(disputed, new ComplaintCommand.Close(null, SURVEY, T0), "the dispute on the case is still open (NEGOTIATION)");
            refused(disputed, new DisputeCommand.OpenDispute(Contested.RESPONSE, "x", "y", null, T0), "dispute 1 is still open");
            refused(disputed, new RemedyCommand.ProposeRemedy(CREDIT, null, T0), "the remedy is being settled in the dispute");
        }

        @Test
        void bothSidesSubmitEvidence() {
            Complaint disputed = disputed(monitoring(), Contested.RESPONSE);
            Complaint withEvidence = run(run(disputed, new DisputeCommand.SubmitEvidence(UUID.randomUUID(), EvidenceType.PHOTO,
                            "burnt contact", "https://dms.example/p/1", "sha256:" + "a".repeat(64), Party.CUSTOMER, "Ana", T0)),
                    new DisputeCommand.SubmitEvidence(UUID.randomUUID(), EvidenceType.TEST_REPORT, "X-ray of 32 pcs",
                            "https://dms.example/r/9", null, Party.SUPPLIER, "Nikos", T0));
            assertEquals(List.of(Party.CUSTOMER, Party.SUPPLIER),
                    withEvidence.dispute().evidence().stream().map(Dispute.Evidence::submittedBy).toList());
        }

        @Test
        void aDisputeTakesABoundedAmountOfEvidenceAndProposals() {
            Complaint disputed = disputed(monitoring(), Contested.RESPONSE);
            for (int i = 0; i < io.rectify.complaint.domain.Disputes.MAX_EVIDENCE; i++) {
                disputed = run(disputed, new DisputeCommand.SubmitEvidence(UUID.randomUUID(), EvidenceType.PHOTO, "photo " + i,
                        null, null, i % 2 == 0 ? Party.CUSTOMER : Party.SUPPLIER, "Ana", T0));
            }
            refused(disputed, new DisputeCommand.SubmitEvidence(UUID.randomUUID(), EvidenceType.PHOTO, "one more", null, null,
                    Party.CUSTOMER, "Ana", T0), "holds 200 pieces of evidence");
            for (int i = 0; i < io.rectify.complaint.domain.Disputes.MAX_PROPOSALS; i++) {
                disputed = proposed(disputed, UUID.randomUUID(), i % 2 == 0 ? Party.CUSTOMER : Party.SUPPLIER,
                        new Resolution("offer " + i, null, false));
            }
            refused(disputed, new DisputeCommand.ProposeSettlement(UUID.randomUUID(), Party.CUSTOMER,
                    new Resolution("one more", null, false), T0), "ask for mediation");
        }

        @Test
        void aCounterProposalTurnsTheOtherSidesProposalDown() {
            Complaint disputed = disputed(offered(monitoring(), CREDIT), Contested.REMEDY);
            Complaint customerProposal = proposed(disputed, P1, Party.CUSTOMER, new Resolution("4,800 EUR", null, false));
            List<ComplaintEvent> counter = customerProposal.decide(new DisputeCommand.ProposeSettlement(P2, Party.SUPPLIER, SETTLEMENT, T0));
            ComplaintEvent.ProposalRejected turnedDown = assertInstanceOf(ComplaintEvent.ProposalRejected.class, counter.get(0));
            assertEquals(P1, turnedDown.proposalId());
            assertEquals(P2, turnedDown.counteredBy());
            assertEquals(P1, assertInstanceOf(ComplaintEvent.SettlementProposed.class, counter.get(1)).counters());
        }

        @Test
        void onlyTheOtherPartyAnswersAProposal() {
            Complaint customerProposal = proposed(disputed(monitoring(), Contested.RESPONSE), P1, Party.CUSTOMER,
                    new Resolution("redo the analysis", null, true));
            refused(customerProposal, new DisputeCommand.AcceptProposal(P1, Party.CUSTOMER, null, T0), "the other party answers it");
            assertThrows(InvalidCommandException.class, () -> customerProposal.decide(
                    new DisputeCommand.AcceptProposal(UUID.randomUUID(), Party.SUPPLIER, null, T0)));
        }

        @Test
        void bothSignaturesSettleTheDisputeForGood() {
            Complaint agreed = agreedOnTerms();
            assertEquals(SETTLEMENT, agreedOnTermsEvent().terms(), "the acceptance names the terms agreed");
            assertEquals(Dispute.DisputeStatus.AWAITING_SIGNATURES, agreed.dispute().status());
            Complaint oneSigned = signed(agreed, Party.SUPPLIER);
            assertEquals(Dispute.DisputeStatus.AWAITING_SIGNATURES, oneSigned.dispute().status());
            refused(oneSigned, new DisputeCommand.SignSettlement(Party.SUPPLIER, "Nikos", "QM", "x", NIKOS, T0), "signed this settlement already");
            refused(oneSigned, new DisputeCommand.SignSettlement(Party.CUSTOMER, "Nikos", "QM", "Elektro Nord", NIKOS, T0),
                    "one person cannot sign for both parties");
            refused(oneSigned, new DisputeCommand.ProposeSettlement(UUID.randomUUID(), Party.CUSTOMER, SETTLEMENT, T0),
                    "a settlement signed by a party cannot be replaced");

            List<ComplaintEvent> last = oneSigned.decide(new DisputeCommand.SignSettlement(Party.CUSTOMER, "Ana", "PM", "Elektro Nord", ANA, T0));
            ComplaintEvent.DisputeSettled settled = assertInstanceOf(ComplaintEvent.DisputeSettled.class, last.get(1));
            assertEquals(SETTLEMENT, settled.settlement());
            assertEquals(List.of("Nikos Pappas", "Ana"), settled.signatures().stream().map(Signature::name).toList());
            assertEquals(List.of(NIKOS, ANA), settled.signatures().stream().map(Signature::signer).toList(),
                    "each signature records who signed, as authenticated");
            String content = SettlementSigning.signedContent(oneSigned.id(), 1, settled.proposalId(), SETTLEMENT);
            assertTrue(settled.signatures().stream().allMatch(s -> s.signedContent().equals(content)
                            && s.termsDigest().equals(SettlementSigning.digest(content))),
                    "both signatures stand for the same case, dispute, proposal and terms");
            Signature ana = settled.signatures().get(1);
            assertEquals(SettlementSigning.meaning(Party.CUSTOMER, "Elektro Nord"), ana.meaning());
            assertEquals(SettlementSigning.seal(ana.termsDigest(), ANA, Party.CUSTOMER, ana.meaning(), T0), ana.seal(),
                    "the seal binds the terms to who signed, for which party, meaning what, when");
            refused(oneSigned, new DisputeCommand.SignSettlement(Party.CUSTOMER, "Ana", "PM", "Elektro Nord", null, T0),
                    "signed by a signed-in user only");

            Complaint done = signed(oneSigned, Party.CUSTOMER);
            assertEquals(Dispute.DisputeStatus.SETTLED, done.dispute().status());
            assertEquals(SETTLEMENT.remedy(), done.remedy().offer());
            assertEquals("SETTLEMENT", done.remedy().agreedThrough());
            for (ComplaintCommand change : List.<ComplaintCommand>of(
                    new DisputeCommand.SignSettlement(Party.CUSTOMER, "Ana", "PM", "x", ANA, T0),
                    new DisputeCommand.ProposeSettlement(UUID.randomUUID(), Party.CUSTOMER, SETTLEMENT, T0),
                    new DisputeCommand.SubmitEvidence(UUID.randomUUID(), EvidenceType.OTHER, "late", null, null, Party.CUSTOMER, "Ana", T0),
                    new DisputeCommand.WithdrawDispute("x", T0))) {
                refused(done, change, "dispute 1 is SETTLED");
            }
        }

        @Test
        void anUnsignedAgreementMayStillBeReplaced() {
            Complaint replaced = proposed(agreedOnTerms(), UUID.randomUUID(), Party.CUSTOMER, new Resolution("3,200 EUR after all", null, false));
            assertEquals(Dispute.DisputeStatus.NEGOTIATION, replaced.dispute().status());
            assertEquals(Dispute.ProposalStatus.SUPERSEDED, replaced.dispute().proposal(P2).orElseThrow().status());
        }

        @Test
        void aSettlementForReanalysisReopensARejectedComplaint() {
            Complaint rejected = run(underAnalysis(), new ComplaintCommand.Reject("handling damage", T0));
            Complaint disputed = disputed(rejected, Contested.REJECTION);
            Complaint agreed = run(proposed(disputed, P1, Party.SUPPLIER, new Resolution("we analyse the returned parts", null, true)),
                    new DisputeCommand.AcceptProposal(P1, Party.CUSTOMER, null, T0));
            Complaint settled = signed(signed(agreed, Party.CUSTOMER), Party.SUPPLIER);
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, settled.status());
            assertNull(settled.rejection());
            assertTrue(settled.reopenings().get(0).reason().contains("settlement of dispute 1"));
        }

        @Test
        void theCustomerMayWithdraw() {
            Complaint withdrawn = run(disputed(monitoring(), Contested.RESPONSE), new DisputeCommand.WithdrawDispute("understood", T0));
            assertEquals(Dispute.DisputeStatus.WITHDRAWN, withdrawn.dispute().status());
            assertEquals(ComplaintStatus.CLOSED, run(withdrawn, new ComplaintCommand.Close(null, SURVEY, T0)).status());
        }
    }

    @Nested
    class Mediation {
        private static final Mediator MEDIATOR = new Mediator("Dr. Maria Ioannou", "Hellenic Mediation Centre");

        @Test
        void followsAFailedNegotiation() {
            Complaint disputed = disputed(monitoring(), Contested.RESPONSE);
            refused(disputed, new DisputeCommand.StartMediation(MEDIATOR, "no agreement", T0), "mediation follows a failed negotiation");
            Complaint turnedDown = run(proposed(disputed, P1, Party.SUPPLIER, new Resolution("nothing owed", null, false)),
                    new DisputeCommand.RejectProposal(P1, Party.CUSTOMER, "no", T0));
            Complaint mediating = run(turnedDown, new DisputeCommand.StartMediation(MEDIATOR, "no agreement", T0));
            assertEquals(Dispute.DisputeStatus.IN_MEDIATION, mediating.dispute().status());
            refused(mediating, new DisputeCommand.ProposeSettlement(UUID.randomUUID(), Party.CUSTOMER, SETTLEMENT, T0), "IN_MEDIATION");

            Resolution outcome = new Resolution("replace 40 pcs and redo the analysis", REPAIR, true);
            Complaint mediated = run(mediating, new DisputeCommand.ConcludeMediation(outcome, T0));
            assertEquals(Dispute.DisputeStatus.MEDIATED, mediated.dispute().status());
            assertEquals(MEDIATOR, mediated.dispute().mediation().mediator());
            assertEquals(outcome, mediated.dispute().mediation().outcome());
            assertEquals("MEDIATION", mediated.remedy().agreedThrough());
            assertEquals(ComplaintStatus.UNDER_ANALYSIS, mediated.status(), "the case continues from the outcome");
        }

        @Test
        void aSettlementNotHonouredGoesToMediation() {
            Complaint settled = signed(signed(agreedOnTerms(), Party.CUSTOMER), Party.SUPPLIER);
            Complaint honoured = run(settled, new DisputeCommand.RecordDisputeFollowUp(true, "credit note received", T0));
            refused(honoured, new DisputeCommand.StartMediation(MEDIATOR, "x", T0), "not honoured");
            Complaint broken = run(settled, new DisputeCommand.RecordDisputeFollowUp(false, "no credit note after 30 days", T0));
            assertEquals(Dispute.DisputeStatus.IN_MEDIATION,
                    run(broken, new DisputeCommand.StartMediation(MEDIATOR, "settlement not honoured", T0)).dispute().status());
            assertEquals(SETTLEMENT, broken.dispute().resolution(), "the signed settlement itself never changes");
        }
    }

    @Nested
    class Satisfaction {
        @Test
        void closureSendsASurveyAnsweredOnce() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close(null, SURVEY, T0));
            assertEquals(SURVEY, closed.survey().surveyId());
            assertEquals(T0.plus(Complaint.SURVEY_VALID_FOR), closed.survey().expiresAt());
            Complaint rated = run(closed, new ComplaintCommand.RecordSatisfaction(4, "quick and clear", T0.plusSeconds(60)));
            assertEquals(4, rated.survey().rating());
            refused(rated, new ComplaintCommand.RecordSatisfaction(5, null, T0.plusSeconds(120)), "answered already");
        }

        @Test
        void anExpiredSurveyIsRefused() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close(null, SURVEY, T0));
            refused(closed, new ComplaintCommand.RecordSatisfaction(3, null, T0.plus(Duration.ofDays(31))), "the survey expired");
        }

        @Test
        void anExpiredSurveyIsNoLongerOfferedNorIsItInTheStoredOffersReadLater() {
            Complaint closed = run(monitoring(), new ComplaintCommand.Close(null, SURVEY, T0));
            Instant expiry = T0.plus(Complaint.SURVEY_VALID_FOR);
            assertEquals(List.of("reopening", "satisfaction"), allowed(closed, expiry));
            assertEquals(List.of("reopening"), allowed(closed, expiry.plusSeconds(1)));

            // a read model stores the offers when the case closed and is read after the survey expired
            Offers stored = ComplaintLifecycle.TABLE.offers(closed, T0);
            assertEquals(List.of(new Offers.Offer("REOPEN", null), new Offers.Offer("RECORD_SATISFACTION", expiry)),
                    stored.commands());
            assertEquals(List.of(ComplaintCommand.Type.REOPEN, ComplaintCommand.Type.RECORD_SATISFACTION),
                    ComplaintLifecycle.TABLE.openAt(stored, expiry));
            assertEquals(List.of(ComplaintCommand.Type.REOPEN), ComplaintLifecycle.TABLE.openAt(stored, expiry.plusSeconds(1)));
        }

        @Test
        void onlyAClosedCaseIsRated() {
            refused(monitoring(), new ComplaintCommand.RecordSatisfaction(5, null, T0), "\'satisfaction\' is not accepted in status");
        }
    }
}
