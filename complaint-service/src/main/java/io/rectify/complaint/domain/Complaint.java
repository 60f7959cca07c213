package io.rectify.complaint.domain;

import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.SurveyInvitation;
import io.rectify.eventsourcing.command.InvalidCommandException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint case: plain Java, no framework. {@link #decide} turns a command into events or
 * refuses it, {@link #evolve} folds an event into the next state. Nothing else changes a case;
 * which command is allowed when, and which status an event leads to, is {@link ComplaintLifecycle}'s table.
 *
 * @param intake            the complaint form as received, with reference, due dates and related complaints
 * @param effectiveFollowUp whether a follow-up found the action effective since the last response
 */
public record Complaint(UUID id,
                        ComplaintStatus status,
                        ComplaintEvent.Received intake,
                        Instant acknowledgedAt,
                        ComplaintEvent.Analysed analysis,
                        Instant containedAt,
                        LinkedCar car,
                        ComplaintEvent.ResponseIssued response,
                        List<ComplaintEvent.FollowUpRecorded> followUps,
                        boolean effectiveFollowUp,
                        Instant closedAt,
                        ComplaintEvent.Rejected rejection,
                        List<ComplaintEvent.Reopened> reopenings,
                        Set<Milestone> missedMilestones,
                        RemedyState remedy,
                        List<Dispute> disputes,
                        SatisfactionSurvey survey,
                        ComplaintEvent.EightDReportShared sharedReport) {

    /** How long a closure's survey link can be answered. */
    public static final Duration SURVEY_VALID_FOR = Duration.ofDays(30);

    public Complaint {
        followUps = List.copyOf(followUps);
        reopenings = List.copyOf(reopenings);
        disputes = List.copyOf(disputes);
        missedMilestones = missedMilestones.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missedMilestones));
    }

    /** The case before its complaint form arrived. */
    public static Complaint none(UUID id) {
        return new Complaint(id, ComplaintStatus.NONE, null, null, null, null, LinkedCar.NONE, null, List.of(), false,
                null, null, List.of(), Set.of(), RemedyState.NONE, List.of(), null,
                null);
    }

    /** The current or last dispute; null when there never was one. */
    public Dispute dispute() {
        return disputes.isEmpty() ? null : disputes.get(disputes.size() - 1);
    }

    public boolean disputeOpen() {
        Dispute dispute = dispute();
        return dispute != null && dispute.status().open();
    }

    public String reference() {
        return intake == null ? null : intake.reference();
    }

    /** Whether a milestone has been reached (a rejection answers the customer and ends the clock too). */
    public boolean reached(Milestone milestone) {
        if (rejection != null && status == ComplaintStatus.REJECTED) {
            return true;
        }
        return switch (milestone) {
            case ACKNOWLEDGEMENT -> acknowledgedAt != null;
            case CONTAINMENT -> containedAt != null;
            case RESPONSE -> response != null;
            case CLOSURE -> closedAt != null;
        };
    }

    public Instant dueAt(Milestone milestone) {
        DueDates due = intake == null ? null : intake.dueDates();
        if (due == null) {
            return null;
        }
        return switch (milestone) {
            case ACKNOWLEDGEMENT -> due.acknowledgement();
            case CONTAINMENT -> due.containment();
            case RESPONSE -> due.response();
            case CLOSURE -> due.closure();
        };
    }

    /** The events {@code command} leads to, or a refusal: 409 when the lifecycle does not take it now, 400 when it is incomplete. */
    public List<ComplaintEvent> decide(ComplaintCommand command) {
        ComplaintLifecycle.check(this, command, command.at());
        return switch (command) {
            case ComplaintCommand.File file -> List.of(new ComplaintEvent.Received(id, file.reference(), file.customer(),
                    file.channel(), file.product(), file.lotNumber(), file.quantityAffected(), file.remainingStock(),
                    file.description(), file.occurrence(), file.severity(),
                    file.requestedRemedy() == null ? Remedy.NONE : file.requestedRemedy(), file.receivedAt(),
                    file.dueDatePolicy().dueDatesFor(file.receivedAt()), file.relatedComplaints()));
            case ComplaintCommand.Acknowledge acknowledge ->
                    List.of(new ComplaintEvent.Acknowledged(id, acknowledge.comment(), acknowledge.at()));
            case ComplaintCommand.Analyse analyse -> List.of(new ComplaintEvent.Analysed(id, analyse.rootCauseHypothesis(),
                    analyse.impact(), analyse.containment(), analyse.comment(), analyse.at()));
            case ComplaintCommand.RequestCorrectiveAction request -> {
                String problem = request.problemStatement() == null || request.problemStatement().isBlank()
                        ? intake.description() : request.problemStatement();
                yield List.of(new ComplaintEvent.CorrectiveActionRequested(id, intake.reference(), problem, intake.customer(),
                        intake.product(), intake.lotNumber(), intake.severity(), analysis.containment(), request.comment(),
                        request.at()));
            }
            case ComplaintCommand.Respond respond -> respond(respond);
            case ComplaintCommand.RecordFollowUp followUp -> {
                UUID carToReopen = followUp.result() == Effectiveness.NOT_EFFECTIVE && car.linked() ? car.carId() : null;
                yield List.of(new ComplaintEvent.FollowUpRecorded(id, followUp.result(), followUp.observation(), carToReopen,
                        followUp.at()));
            }
            case ComplaintCommand.Close close -> List.of(new ComplaintEvent.Closed(id, close.comment(), close.at(),
                    new SurveyInvitation(close.surveyId(), close.at().plus(SURVEY_VALID_FOR))));
            case ComplaintCommand.Reject reject -> List.of(new ComplaintEvent.Rejected(id, reject.reason(), reject.at()));
            case ComplaintCommand.Reopen reopen -> List.of(new ComplaintEvent.Reopened(id, reopen.reason(), reopen.at()));
            case ComplaintCommand.RemedyCommand remedyCommand -> Remedies.decide(this, remedyCommand);
            case ComplaintCommand.DisputeCommand disputeCommand -> Disputes.decide(this, disputeCommand);
            case ComplaintCommand.RecordSatisfaction satisfaction -> List.of(new ComplaintEvent.SatisfactionRecorded(id,
                    survey.surveyId(), satisfaction.rating(), satisfaction.comment(), satisfaction.at()));
            case ComplaintCommand.LinkCar link -> car.linked() ? List.of()
                    : List.of(new ComplaintEvent.CorrectiveActionLinked(id, link.carId(), link.carReference(), link.at()));
            case ComplaintCommand.FollowCar follow -> follow.carId().equals(car.carId())
                    ? List.of(new ComplaintEvent.CorrectiveActionProgressed(id, follow.carId(), follow.progress(),
                    follow.summary(), follow.at(), follow.causes()))
                    : List.of();
            // a report is the linked CAR's to share; one from another CAR is not this case's
            case ComplaintCommand.ReceiveEightDReport shared -> shared.carId().equals(car.carId())
                    ? List.of(new ComplaintEvent.EightDReportShared(id, shared.carId(), shared.report(), shared.at()))
                    : List.of();
            case ComplaintCommand.RecordMissedDeadlines watch -> missedDeadlines(watch.now());
        };
    }

    private List<ComplaintEvent> missedDeadlines(Instant now) {
        List<ComplaintEvent> missed = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Instant due = dueAt(milestone);
            if (due != null && now.isAfter(due) && !reached(milestone) && !missedMilestones.contains(milestone)) {
                missed.add(new ComplaintEvent.DeadlineMissed(id, milestone, due, now));
            }
        }
        return missed;
    }

    private List<ComplaintEvent> respond(ComplaintCommand.Respond respond) {
        boolean withoutCar = !car.requested();
        if (withoutCar && (respond.noCarJustification() == null || respond.noCarJustification().isBlank())) {
            throw InvalidCommandException.of("noCarJustification",
                    "a response without a CAR needs a written justification why none is needed; "
                            + "otherwise request corrective action first (corrective-action-request)");
        }
        String rootCause = respond.rootCause() == null || respond.rootCause().isBlank() ? car.rootCause() : respond.rootCause();
        if (rootCause == null || rootCause.isBlank()) {
            throw InvalidCommandException.of("rootCause", "must say what caused the problem");
        }
        return List.of(new ComplaintEvent.ResponseIssued(id, rootCause, respond.correctiveAction(), respond.preventiveAction(),
                withoutCar ? respond.noCarJustification() : null, respond.comment(), respond.at()));
    }

    /** The case after {@code event}: its status from the lifecycle's table, the rest folded here. */
    public Complaint evolve(ComplaintEvent event) {
        Builder next = new Builder(this);
        next.status = ComplaintLifecycle.TABLE.statusAfter(this, event);
        switch (event) {
            case ComplaintEvent.Received received -> next.intake = received;
            case ComplaintEvent.Acknowledged acknowledged -> next.acknowledgedAt = acknowledged.acknowledgedAt();
            case ComplaintEvent.Analysed analysed -> {
                next.analysis = analysed;
                if (containedAt == null && analysed.containment() != null && analysed.containment().isRecorded()) {
                    next.containedAt = analysed.analysedAt();
                }
            }
            case ComplaintEvent.CorrectiveActionRequested requested -> next.car = car.requestedAt(requested.requestedAt());
            case ComplaintEvent.CorrectiveActionLinked linked -> next.car = car.linkedTo(linked.carId(), linked.carReference());
            case ComplaintEvent.CorrectiveActionProgressed progressed -> {
                next.car = car.progressed(progressed);
                if (progressed.progress() == CarProgress.CONTAINED && containedAt == null) {
                    next.containedAt = progressed.progressedAt();
                }
            }
            case ComplaintEvent.EightDReportShared shared -> next.sharedReport = shared;
            case ComplaintEvent.ResponseIssued issued -> {
                next.response = issued;
                next.effectiveFollowUp = false;
            }
            case ComplaintEvent.FollowUpRecorded followUp -> {
                next.followUps = append(followUps, followUp);
                next.effectiveFollowUp = followUp.result() == Effectiveness.EFFECTIVE;
                if (followUp.carToReopen() != null) {
                    // the root cause the response named did not hold: the next response waits for the CAR's new one
                    next.car = car.rootCauseQuestioned();
                }
            }
            case ComplaintEvent.Closed closed -> {
                next.closedAt = closed.closedAt();
                next.survey = closed.survey() == null ? null : SatisfactionSurvey.sent(closed.survey());
            }
            case ComplaintEvent.SatisfactionRecorded rated -> next.survey = survey.answer(rated.rating(), rated.comment(),
                    rated.recordedAt());
            case ComplaintEvent.Rejected rejected -> next.rejection = rejected;
            case ComplaintEvent.Reopened reopened -> {
                next.reopenings = append(reopenings, reopened);
                next.effectiveFollowUp = false;
                next.closedAt = null;
                next.rejection = null;
            }
            case ComplaintEvent.DeadlineMissed missed -> {
                Set<Milestone> all = missedMilestones.isEmpty() ? EnumSet.noneOf(Milestone.class) : EnumSet.copyOf(missedMilestones);
                all.add(missed.milestone());
                next.missedMilestones = all;
            }
            case ComplaintEvent.RemedyEvent remedyEvent -> next.remedy = remedy.evolve(remedyEvent);
            case ComplaintEvent.DisputeOpened opened -> next.disputes = append(disputes, Dispute.opened(opened));
            case ComplaintEvent.DisputeEvent disputeEvent -> {
                List<Dispute> all = new ArrayList<>(disputes.subList(0, disputes.size() - 1));
                all.add(dispute().evolve(disputeEvent));
                next.disputes = all;
                // what a settlement or a mediator agreed replaces the remedy on the case
                if (disputeEvent instanceof ComplaintEvent.DisputeSettled settled && settled.settlement().remedy() != null) {
                    next.remedy = remedy.agreed(settled.settlement().remedy(), "SETTLEMENT");
                } else if (disputeEvent instanceof ComplaintEvent.MediationConcluded concluded
                        && concluded.outcome().remedy() != null) {
                    next.remedy = remedy.agreed(concluded.outcome().remedy(), "MEDIATION");
                }
            }
        }
        return next.build();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }

    /** A mutable copy to fold one event into; the case itself stays immutable. */
    private static final class Builder {
        private final UUID id;
        private ComplaintStatus status;
        private ComplaintEvent.Received intake;
        private Instant acknowledgedAt;
        private ComplaintEvent.Analysed analysis;
        private Instant containedAt;
        private LinkedCar car;
        private ComplaintEvent.ResponseIssued response;
        private List<ComplaintEvent.FollowUpRecorded> followUps;
        private boolean effectiveFollowUp;
        private Instant closedAt;
        private ComplaintEvent.Rejected rejection;
        private List<ComplaintEvent.Reopened> reopenings;
        private Set<Milestone> missedMilestones;
        private RemedyState remedy;
        private List<Dispute> disputes;
        private SatisfactionSurvey survey;
        private ComplaintEvent.EightDReportShared sharedReport;

        private Builder(Complaint from) {
            id = from.id;
            status = from.status;
            intake = from.intake;
            acknowledgedAt = from.acknowledgedAt;
            analysis = from.analysis;
            containedAt = from.containedAt;
            car = from.car;
            response = from.response;
            followUps = from.followUps;
            effectiveFollowUp = from.effectiveFollowUp;
            closedAt = from.closedAt;
            rejection = from.rejection;
            reopenings = from.reopenings;
            missedMilestones = from.missedMilestones;
            remedy = from.remedy;
            disputes = from.disputes;
            survey = from.survey;
            sharedReport = from.sharedReport;
        }

        private Complaint build() {
            return new Complaint(id, status, intake, acknowledgedAt, analysis, containedAt, car, response, followUps,
                    effectiveFollowUp, closedAt, rejection, reopenings, missedMilestones, remedy, disputes, survey,
                    sharedReport);
        }
    }
}
