package io.rectify.complaint.projection;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintStatus;
import io.rectify.complaint.domain.LinkedCar;
import io.rectify.complaint.rest.api.ComplaintApi;
import io.rectify.complaint.rest.api.Dispute;
import io.rectify.complaint.rest.api.Impact;
import io.rectify.complaint.rest.api.Occurrence;
import io.rectify.complaint.rest.api.RelatedComplaint;
import io.rectify.complaint.rest.api.RemedyState;
import io.rectify.complaint.rest.api.SatisfactionSurvey;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Containment;
import io.rectify.eventsourcing.api.Customer;
import io.rectify.eventsourcing.api.EightDReport;
import io.rectify.eventsourcing.api.EightDValues;
import io.rectify.eventsourcing.api.Product;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A complaint case as the API shows it. It is stored as the case's read model; what depends on
 * the time of reading (the deadline states, {@code nextDue}, {@code allowedCommands}) is filled
 * in by {@link #asOf}.
 */
@Schema(name = "Complaint")
public record ComplaintDocument(UUID id,
                                @Schema(example = "CMP-2026-000123") String reference,
                                ComplaintStatus status,
                                @Schema(description = "The case's version: send it back as If-Match") long version,
                                @Schema(description = "The commands this case accepts now, e.g. acknowledgement")
                                List<String> allowedCommands,
                                Customer customer,
                                Channel channel,
                                Product product,
                                String lotNumber,
                                int quantityAffected,
                                int remainingStock,
                                String description,
                                Occurrence occurrence,
                                Severity severity,
                                Remedy requestedRemedy,
                                Instant receivedAt,
                                Instant acknowledgedAt,
                                Analysis analysis,
                                CorrectiveAction correctiveAction,
                                Response response,
                                List<FollowUp> followUps,
                                Instant closedAt,
                                Rejection rejection,
                                List<Reopening> reopenings,
                                List<Deadline> deadlines,
                                @Schema(description = "The milestone due next, if any") Deadline nextDue,
                                @Schema(description = "Earlier complaints that may concern the same defect")
                                List<RelatedComplaint> relatedComplaints,
                                @Schema(description = "Later complaints that named this one as related")
                                List<RelatedComplaint> laterComplaints,
                                @Schema(description = "The remedy offered or agreed, and its fulfilment")
                                RemedyState remedy,
                                @Schema(description = "Every dispute on the case, the current one last")
                                List<Dispute> disputes,
                                @Schema(description = "The satisfaction survey the last closure sent, and its answer")
                                SatisfactionSurvey survey,
                                Instant updatedAt) {

    public record Analysis(String rootCauseHypothesis, Impact impact, Containment containment, String comment,
                           Instant analysedAt) {
    }

    public record CorrectiveAction(Instant requestedAt, UUID carId, String carReference, CarProgress progress,
                                   boolean rootCauseKnown, String rootCause,
                                   @Schema(description = "The 8D report the supplier last shared; null until it does")
                                   EightDReport report) {
    }

    public record Response(String rootCause, String correctiveAction, String preventiveAction, String noCarJustification,
                           String comment, Instant respondedAt) {
    }

    public record FollowUp(Effectiveness result, String observation, Instant recordedAt) {
    }

    public record Rejection(String reason, Instant rejectedAt) {
    }

    public record Reopening(String reason, Instant reopenedAt) {
    }

    public enum DeadlineStatus {
        OPEN, REACHED, OVERDUE
    }

    /**
     * @param missed whether the deadline watch recorded it as missed (once, as an event)
     * @param status as of the time of reading
     */
    public record Deadline(Milestone milestone, Instant dueAt, Instant reachedAt, boolean missed, DeadlineStatus status) {
    }

    public static ComplaintDocument of(Complaint complaint, long version, Instant updatedAt) {
        ComplaintEvent.Received intake = complaint.intake();
        return new ComplaintDocument(complaint.id(), intake.reference(), complaint.status(), version,
                null, ApiValues.of(intake.customer()), intake.channel(), ApiValues.of(intake.product()), intake.lotNumber(),
                intake.quantityAffected(), intake.remainingStock(), intake.description(), ComplaintApi.of(intake.occurrence()),
                intake.severity(), intake.requestedRemedy(), intake.receivedAt(), complaint.acknowledgedAt(),
                analysis(complaint.analysis()), correctiveAction(complaint.car(), complaint.sharedReport()), response(complaint.response()),
                complaint.followUps().stream().map(f -> new FollowUp(f.result(), f.observation(), f.recordedAt())).toList(),
                complaint.closedAt(),
                complaint.rejection() == null ? null : new Rejection(complaint.rejection().reason(), complaint.rejection().rejectedAt()),
                complaint.reopenings().stream().map(r -> new Reopening(r.reason(), r.reopenedAt())).toList(),
                deadlines(complaint), null,
                ComplaintApi.related(intake.relatedComplaints()), List.of(), ComplaintApi.of(complaint.remedy()),
                complaint.disputes().stream().map(ComplaintApi::of).toList(), ComplaintApi.of(complaint.survey()), updatedAt);
    }

    /** The earliest due date among milestones neither reached nor recorded as missed: when to look again. */
    public static Instant nextDeadline(Complaint complaint) {
        return deadlines(complaint).stream()
                .filter(deadline -> deadline.reachedAt() == null && !deadline.missed())
                .map(Deadline::dueAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * The document as of {@code now}, with the later complaints that named this one and the
     * commands the case takes now (computed by the reader from the lifecycle's table).
     */
    public ComplaintDocument asOf(Instant now, List<RelatedComplaint> later, List<String> allowedNow) {
        List<Deadline> current = new ArrayList<>();
        for (Deadline deadline : deadlines) {
            DeadlineStatus state = deadline.reachedAt() != null ? DeadlineStatus.REACHED
                    : deadline.missed() || now.isAfter(deadline.dueAt()) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
            current.add(new Deadline(deadline.milestone(), deadline.dueAt(), deadline.reachedAt(), deadline.missed(), state));
        }
        boolean finished = status == ComplaintStatus.CLOSED || status == ComplaintStatus.REJECTED;
        Deadline next = finished ? null : current.stream()
                .filter(deadline -> deadline.status() != DeadlineStatus.REACHED)
                .min(Comparator.comparing(Deadline::dueAt))
                .orElse(null);
        return new ComplaintDocument(id, reference, status, version, allowedNow, customer, channel, product, lotNumber,
                quantityAffected, remainingStock, description, occurrence, severity, requestedRemedy, receivedAt,
                acknowledgedAt, analysis, correctiveAction, response, followUps, closedAt, rejection, reopenings, current,
                next, relatedComplaints, later, remedy, disputes, survey, updatedAt);
    }

    private static List<Deadline> deadlines(Complaint complaint) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Instant due = complaint.dueAt(milestone);
            if (due != null) {
                deadlines.add(new Deadline(milestone, due, reachedAt(complaint, milestone),
                        complaint.missedMilestones().contains(milestone), null));
            }
        }
        return deadlines;
    }

    private static Instant reachedAt(Complaint complaint, Milestone milestone) {
        if (complaint.status() == ComplaintStatus.REJECTED && complaint.rejection() != null) {
            return complaint.rejection().rejectedAt();
        }
        return switch (milestone) {
            case ACKNOWLEDGEMENT -> complaint.acknowledgedAt();
            case CONTAINMENT -> complaint.containedAt();
            case RESPONSE -> complaint.response() == null ? null : complaint.response().respondedAt();
            case CLOSURE -> complaint.closedAt();
        };
    }

    private static Analysis analysis(ComplaintEvent.Analysed analysed) {
        return analysed == null ? null : new Analysis(analysed.rootCauseHypothesis(), ComplaintApi.of(analysed.impact()),
                ApiValues.of(analysed.containment()), analysed.comment(), analysed.analysedAt());
    }

    private static CorrectiveAction correctiveAction(LinkedCar car, ComplaintEvent.EightDReportShared shared) {
        return car.requested() ? new CorrectiveAction(car.requestedAt(), car.carId(), car.reference(), car.progress(),
                car.rootCauseKnown(), car.rootCause(),
                shared == null ? null : EightDValues.of(shared.report(), shared.sharedAt())) : null;
    }

    private static Response response(ComplaintEvent.ResponseIssued issued) {
        return issued == null ? null : new Response(issued.rootCause(), issued.correctiveAction(), issued.preventiveAction(),
                issued.noCarJustification(), issued.comment(), issued.respondedAt());
    }
}
