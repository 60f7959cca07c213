package io.rectify.complaint.analytics;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.complaint.domain.ComplaintStatus;
import io.rectify.complaint.domain.Dispute;
import io.rectify.complaint.domain.RemedyState;
import io.rectify.contracts.complaint.CauseCategories;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/** Keeps {@code complaint_analytics}: one row per case, what the Pareto, trends and KPIs count. */
@ApplicationScoped
public class ComplaintAnalyticsProjection implements Projection<Complaint, ComplaintEvent> {

    public static final String NAME = "complaint-analytics";

    private static final ViewTable ROWS = ViewTable.keyed("complaint_analytics", "id", "reference", "customer_id",
            "part_number", "lot_number", "severity", "channel", "phase", "quantity_affected", "status", "received_at",
            "closed_at", "rejected_at", "repeat", "missed_deadlines", "occurrence_category", "escape_category",
            "acknowledged_at", "contained_at", "responded_at", "acknowledgement_due", "containment_due", "response_due",
            "closure_due", "reopenings", "first_verification", "remedy_type", "remedy_quantity", "credit_amount",
            "credit_currency", "disputes_opened", "disputes_settled", "disputes_mediated", "disputes_withdrawn",
            "days_to_settle:jsonb", "survey_sent", "rating", "version");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String streamType() {
        return ComplaintAggregate.STREAM_TYPE;
    }

    @Override
    public Uni<Void> forget(List<UUID> complaintIds) {
        return AnalyticsQueries.forget(complaintIds);
    }

    @Override
    public Uni<Void> apply(ComplaintEvent event, Complaint complaint, RecordedEvent recorded) {
        return ROWS.write(row(complaint, recorded));
    }

    @Override
    public Uni<Void> restore(List<Replayed<Complaint, ComplaintEvent>> cases) {
        return ROWS.write(cases.stream().map(replayed -> row(replayed.state(), replayed.last())).toList());
    }

    private static Object[] row(Complaint complaint, RecordedEvent recorded) {
        ComplaintEvent.Received intake = complaint.intake();
        CauseCategories causes = complaint.car().causes();
        boolean repeat = intake.relatedComplaints() != null && !intake.relatedComplaints().isEmpty();
        DueDates due = intake.dueDates() == null ? new DueDates(null, null, null, null) : intake.dueDates();
        RemedyOffer agreed = agreedRemedy(complaint.remedy());
        List<Dispute> disputes = complaint.disputes();
        String daysToSettle = disputes.stream()
                .filter(d -> d.status() == Dispute.DisputeStatus.SETTLED || d.status() == Dispute.DisputeStatus.MEDIATED)
                .filter(d -> d.endedAt() != null)
                .map(d -> String.valueOf(Duration.between(d.openedAt(), d.endedAt()).toMinutes() / 1440.0))
                .collect(Collectors.joining(",", "[", "]"));
        return new Object[] {complaint.id(), intake.reference(), intake.customer().id(), intake.product().partNumber(),
                intake.lotNumber(), intake.severity().name(), intake.channel().name(),
                intake.occurrence() == null || intake.occurrence().phase() == null ? null : intake.occurrence().phase().name(),
                intake.quantityAffected(), complaint.status().name(), intake.receivedAt(), complaint.closedAt(),
                complaint.status() == ComplaintStatus.REJECTED ? complaint.rejection().rejectedAt() : null, repeat,
                complaint.missedMilestones().size(),
                causes == null || causes.occurrence() == null ? null : causes.occurrence().name(),
                causes == null || causes.escape() == null ? null : causes.escape().name(),
                complaint.acknowledgedAt(), complaint.containedAt(),
                complaint.response() == null ? null : complaint.response().respondedAt(),
                due.acknowledgement(), due.containment(), due.response(), due.closure(),
                complaint.reopenings().size(),
                complaint.car().firstVerification() == null ? null : complaint.car().firstVerification().name(),
                agreed == null ? null : agreed.type().name(), agreed == null ? null : agreed.quantity(),
                agreed == null || agreed.credit() == null ? null : agreed.credit().amount(),
                agreed == null || agreed.credit() == null ? null : agreed.credit().currency(),
                disputes.size(), count(disputes, Dispute.DisputeStatus.SETTLED), count(disputes, Dispute.DisputeStatus.MEDIATED),
                count(disputes, Dispute.DisputeStatus.WITHDRAWN), daysToSettle,
                complaint.survey() != null, complaint.survey() == null ? null : complaint.survey().rating(),
                recorded.version()};
    }

    /** The remedy the customer accepted or a settlement or mediator agreed; null while none is. */
    private static RemedyOffer agreedRemedy(RemedyState remedy) {
        return remedy.status() == RemedyState.RemedyStatus.ACCEPTED || remedy.status() == RemedyState.RemedyStatus.FULFILLED
                ? remedy.offer() : null;
    }

    private static int count(List<Dispute> disputes, Dispute.DisputeStatus status) {
        return (int) disputes.stream().filter(d -> d.status() == status).count();
    }
}
