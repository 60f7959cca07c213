package io.rectify.complaint.domain;

import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.Resolution;
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
 * refuses it, {@link #apply} folds an event into the next state. Nothing else changes a case;
 * which command is allowed when is {@link ComplaintLifecycle}'s business.
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
                        SatisfactionSurvey survey) {

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
                null, null, List.of(), Set.of(), RemedyState.NONE, List.of(), null);
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

    public List<String> allowedCommands() {
        return ComplaintLifecycle.allowedCommands(this);
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

    public List<ComplaintEvent> decide(ComplaintCommand command) {
        ComplaintLifecycle.check(this, command.name());
        if (command instanceof ComplaintCommand.File file) {
            return List.of(new ComplaintEvent.Received(id, file.reference(), file.customer(), file.channel(),
                    file.product(), file.lotNumber(), file.quantityAffected(), file.remainingStock(), file.description(),
                    file.occurrence(), file.severity(), file.requestedRemedy() == null ? Remedy.NONE : file.requestedRemedy(),
                    file.receivedAt(), file.dueDatePolicy().dueDatesFor(file.receivedAt()),
                    file.relatedComplaints()));
        }
        if (command instanceof ComplaintCommand.Acknowledge acknowledge) {
            return List.of(new ComplaintEvent.Acknowledged(id, acknowledge.comment(), acknowledge.at()));
        }
        if (command instanceof ComplaintCommand.Analyse analyse) {
            return List.of(new ComplaintEvent.Analysed(id, analyse.rootCauseHypothesis(), analyse.impact(),
                    analyse.containment(), analyse.comment(), analyse.at()));
        }
        if (command instanceof ComplaintCommand.RequestCorrectiveAction request) {
            String problem = request.problemStatement() == null || request.problemStatement().isBlank()
                    ? intake.description() : request.problemStatement();
            return List.of(new ComplaintEvent.CorrectiveActionRequested(id, intake.reference(), problem, intake.customer(),
                    intake.product(), intake.lotNumber(), intake.severity(), analysis.containment(), request.comment(),
                    request.at()));
        }
        if (command instanceof ComplaintCommand.Respond respond) {
            return respond(respond);
        }
        if (command instanceof ComplaintCommand.RecordFollowUp followUp) {
            UUID carToReopen = followUp.result() == Effectiveness.NOT_EFFECTIVE && car.linked() ? car.carId() : null;
            return List.of(new ComplaintEvent.FollowUpRecorded(id, followUp.result(), followUp.observation(), carToReopen,
                    followUp.at()));
        }
        if (command instanceof ComplaintCommand.Close close) {
            return List.of(new ComplaintEvent.Closed(id, close.comment(), close.at(),
                    new SurveyInvitation(close.surveyId(), close.at().plus(SURVEY_VALID_FOR))));
        }
        if (command instanceof ComplaintCommand.RemedyCommand remedyCommand) {
            return Remedies.decide(this, remedyCommand);
        }
        if (command instanceof ComplaintCommand.DisputeCommand disputeCommand) {
            return Disputes.decide(this, disputeCommand);
        }
        if (command instanceof ComplaintCommand.RecordSatisfaction satisfaction) {
            if (satisfaction.at().isAfter(survey.expiresAt())) {
                throw ComplaintLifecycle.refuse(this, command.name(), "the survey expired on " + survey.expiresAt());
            }
            return List.of(new ComplaintEvent.SatisfactionRecorded(id, survey.surveyId(), satisfaction.rating(),
                    satisfaction.comment(), satisfaction.at()));
        }
        if (command instanceof ComplaintCommand.Reject reject) {
            return List.of(new ComplaintEvent.Rejected(id, reject.reason(), reject.at()));
        }
        if (command instanceof ComplaintCommand.Reopen reopen) {
            return List.of(new ComplaintEvent.Reopened(id, reopen.reason(), reopen.at()));
        }
        if (command instanceof ComplaintCommand.LinkCar link) {
            return car.linked() ? List.of() : List.of(new ComplaintEvent.CorrectiveActionLinked(id, link.carId(),
                    link.carReference(), link.at()));
        }
        if (command instanceof ComplaintCommand.FollowCar follow) {
            return follow.carId().equals(car.carId())
                    ? List.of(new ComplaintEvent.CorrectiveActionProgressed(id, follow.carId(), follow.progress(),
                    follow.summary(), follow.at()))
                    : List.of();
        }
        if (command instanceof ComplaintCommand.RecordMissedDeadlines watch) {
            List<ComplaintEvent> missed = new ArrayList<>();
            for (Milestone milestone : Milestone.values()) {
                Instant due = dueAt(milestone);
                if (due != null && watch.now().isAfter(due) && !reached(milestone) && !missedMilestones.contains(milestone)) {
                    missed.add(new ComplaintEvent.DeadlineMissed(id, milestone, due, watch.now()));
                }
            }
            return missed;
        }
        throw new IllegalArgumentException("unhandled command " + command.name());
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

    public Complaint apply(ComplaintEvent event) {
        Builder next = new Builder(this);
        if (event instanceof ComplaintEvent.Received received) {
            next.status = ComplaintStatus.RECEIVED;
            next.intake = received;
        } else if (event instanceof ComplaintEvent.Acknowledged acknowledged) {
            next.status = ComplaintStatus.ACKNOWLEDGED;
            next.acknowledgedAt = acknowledged.acknowledgedAt();
        } else if (event instanceof ComplaintEvent.Analysed analysed) {
            if (status == ComplaintStatus.ACKNOWLEDGED) {
                next.status = ComplaintStatus.UNDER_ANALYSIS;
            }
            next.analysis = analysed;
            if (containedAt == null && analysed.containment() != null && analysed.containment().isRecorded()) {
                next.containedAt = analysed.analysedAt();
            }
        } else if (event instanceof ComplaintEvent.CorrectiveActionRequested requested) {
            next.status = ComplaintStatus.CORRECTIVE_ACTION;
            next.car = car.requestedAt(requested.requestedAt());
        } else if (event instanceof ComplaintEvent.CorrectiveActionLinked linked) {
            next.car = car.linkedTo(linked.carId(), linked.carReference());
        } else if (event instanceof ComplaintEvent.CorrectiveActionProgressed progressed) {
            next.car = car.progressed(progressed.progress(), progressed.summary());
            if (progressed.progress() == CarProgress.CONTAINED && containedAt == null) {
                next.containedAt = progressed.progressedAt();
            }
        } else if (event instanceof ComplaintEvent.ResponseIssued issued) {
            next.status = ComplaintStatus.RESPONDED;
            next.response = issued;
            next.effectiveFollowUp = false;
        } else if (event instanceof ComplaintEvent.FollowUpRecorded followUp) {
            List<ComplaintEvent.FollowUpRecorded> all = new ArrayList<>(followUps);
            all.add(followUp);
            next.followUps = all;
            boolean effective = followUp.result() == Effectiveness.EFFECTIVE;
            next.status = effective ? ComplaintStatus.MONITORING : ComplaintStatus.UNDER_ANALYSIS;
            next.effectiveFollowUp = effective;
            if (followUp.carToReopen() != null) {
                // the root cause the response named did not hold: the next response waits for the CAR's new one
                next.car = car.rootCauseQuestioned();
            }
        } else if (event instanceof ComplaintEvent.Closed closed) {
            next.status = ComplaintStatus.CLOSED;
            next.closedAt = closed.closedAt();
            next.survey = closed.survey() == null ? null : SatisfactionSurvey.sent(closed.survey());
        } else if (event instanceof ComplaintEvent.SatisfactionRecorded rated) {
            next.survey = survey.answer(rated.rating(), rated.comment(), rated.recordedAt());
        } else if (event instanceof ComplaintEvent.RemedyProposed proposed) {
            next.remedy = remedy.proposed(proposed.remedy());
        } else if (event instanceof ComplaintEvent.RemedyAccepted) {
            next.remedy = remedy.accepted();
        } else if (event instanceof ComplaintEvent.RemedyRejected rejected) {
            next.remedy = remedy.rejected(rejected.reason());
        } else if (event instanceof ComplaintEvent.RemedyFulfilmentRecorded step) {
            next.remedy = remedy.recorded(step);
        } else if (event instanceof ComplaintEvent.DisputeOpened opened) {
            next.disputes = append(disputes, Dispute.opened(opened));
        } else if (DISPUTE_EVENTS.contains(event.getClass())) {
            List<Dispute> all = new ArrayList<>(disputes.subList(0, disputes.size() - 1));
            all.add(dispute().apply(event));
            next.disputes = all;
            Resolution agreed = event instanceof ComplaintEvent.DisputeSettled settled ? settled.settlement()
                    : event instanceof ComplaintEvent.MediationConcluded concluded ? concluded.outcome() : null;
            if (agreed != null && agreed.remedy() != null) {
                next.remedy = remedy.agreed(agreed.remedy(),
                        event instanceof ComplaintEvent.DisputeSettled ? "SETTLEMENT" : "MEDIATION");
            }
        } else if (event instanceof ComplaintEvent.Rejected rejected) {
            next.status = ComplaintStatus.REJECTED;
            next.rejection = rejected;
        } else if (event instanceof ComplaintEvent.Reopened reopened) {
            List<ComplaintEvent.Reopened> all = new ArrayList<>(reopenings);
            all.add(reopened);
            next.reopenings = all;
            next.status = ComplaintStatus.UNDER_ANALYSIS;
            next.effectiveFollowUp = false;
            next.closedAt = null;
            next.rejection = null;
        } else if (event instanceof ComplaintEvent.DeadlineMissed missed) {
            Set<Milestone> all = missedMilestones.isEmpty() ? EnumSet.noneOf(Milestone.class) : EnumSet.copyOf(missedMilestones);
            all.add(missed.milestone());
            next.missedMilestones = all;
        } else {
            throw new IllegalArgumentException("unhandled event " + event.getClass().getSimpleName());
        }
        return next.build();
    }

    private static final Set<Class<?>> DISPUTE_EVENTS = Set.of(ComplaintEvent.EvidenceSubmitted.class,
            ComplaintEvent.SettlementProposed.class, ComplaintEvent.ProposalAccepted.class, ComplaintEvent.ProposalRejected.class,
            ComplaintEvent.SettlementSigned.class, ComplaintEvent.DisputeSettled.class, ComplaintEvent.MediationStarted.class,
            ComplaintEvent.MediationConcluded.class, ComplaintEvent.DisputeWithdrawn.class,
            ComplaintEvent.DisputeFollowUpRecorded.class);

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
        }

        private Complaint build() {
            return new Complaint(id, status, intake, acknowledgedAt, analysis, containedAt, car, response, followUps,
                    effectiveFollowUp, closedAt, rejection, reopenings, missedMilestones, remedy, disputes, survey);
        }
    }
}
