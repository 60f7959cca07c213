package io.rectify.complaint.analytics;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.contracts.complaint.CauseCategories;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Keeps {@code complaint_analytics}: one row per case, what the Pareto, trends and KPIs count. */
@ApplicationScoped
public class ComplaintAnalyticsProjection implements Projection<Complaint, ComplaintEvent> {

    public static final String NAME = "complaint-analytics";

    private static final ViewTable ROWS = ViewTable.keyed("complaint_analytics", "id", "reference", "customer_id",
            "part_number", "lot_number", "severity", "channel", "phase", "quantity_affected", "status", "received_at",
            "closed_at", "repeat", "missed_deadlines", "occurrence_category", "escape_category", "version");

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
        return new Object[] {complaint.id(), intake.reference(), intake.customer().id(), intake.product().partNumber(),
                intake.lotNumber(), intake.severity().name(), intake.channel().name(),
                intake.occurrence() == null || intake.occurrence().phase() == null ? null : intake.occurrence().phase().name(),
                intake.quantityAffected(), complaint.status().name(), intake.receivedAt(), complaint.closedAt(), repeat,
                complaint.missedMilestones().size(),
                causes == null || causes.occurrence() == null ? null : causes.occurrence().name(),
                causes == null || causes.escape() == null ? null : causes.escape().name(), recorded.version()};
    }
}
