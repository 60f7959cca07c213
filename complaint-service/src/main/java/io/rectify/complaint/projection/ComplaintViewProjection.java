package io.rectify.complaint.projection;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.complaint.domain.ComplaintLifecycle;
import io.rectify.complaint.rest.ComplaintCommandPaths;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.lifecycle.Offers;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code complaint_view} equal to the fold of each case's events, and records which
 * complaints a new one may repeat ({@code complaint_relations}).
 */
@ApplicationScoped
public class ComplaintViewProjection implements Projection<Complaint, ComplaintEvent> {

    public static final String NAME = "complaint-view";

    private static final ViewTable VIEW = ViewTable.keyed("complaint_view", "id", "reference", "status", "customer_id",
            "part_number", "lot_number", "severity", "version", "received_at", "updated_at", "next_deadline_at",
            "document:jsonb", "offers:jsonb");
    private static final ViewTable RELATIONS = ViewTable.appendOnly("complaint_relations", "complaint_id",
            "complaint_reference", "related_id", "reason", "received_at");

    private final EventSerializer serializer;

    public ComplaintViewProjection(EventSerializer serializer) {
        this.serializer = serializer;
    }

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
        return ComplaintRelation.delete("complaintId in ?1", complaintIds)
                .chain(() -> ComplaintView.delete("id in ?1", complaintIds))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(ComplaintEvent event, Complaint complaint, RecordedEvent recorded) {
        Uni<Void> saved = VIEW.write(row(complaint, recorded));
        return event instanceof ComplaintEvent.Received received ? saved.chain(() -> RELATIONS.write(relations(received))) : saved;
    }

    @Override
    public Uni<Void> restore(List<Replayed<Complaint, ComplaintEvent>> cases) {
        List<Object[]> relations = new ArrayList<>();
        for (Replayed<Complaint, ComplaintEvent> replayed : cases) {
            for (ComplaintEvent event : replayed.events()) {
                if (event instanceof ComplaintEvent.Received received) {
                    relations.addAll(relations(received));
                }
            }
        }
        return VIEW.write(cases.stream().map(replayed -> row(replayed.state(), replayed.last())).toList())
                .chain(() -> RELATIONS.write(relations));
    }

    private Object[] row(Complaint complaint, RecordedEvent recorded) {
        var intake = complaint.intake();
        return new Object[] {complaint.id(), complaint.reference(), complaint.status().name(), intake.customer().id(),
                intake.product().partNumber(), intake.lotNumber(), intake.severity().name(), recorded.version(),
                intake.receivedAt(), recorded.occurredAt(), ComplaintDocument.nextDeadline(complaint),
                serializer.toJson(ComplaintDocument.of(complaint, recorded.version(), recorded.occurredAt())),
                serializer.toJson(ComplaintLifecycle.TABLE.offers(complaint, recorded.occurredAt()))};
    }

    /** The earlier complaints a new one may repeat: a recurring defect names up to a page of them. */
    private static List<Object[]> relations(ComplaintEvent.Received received) {
        List<RelatedComplaint> related = received.relatedComplaints() == null ? List.of() : received.relatedComplaints();
        return related.stream().map(r -> new Object[] {received.complaintId(), received.reference(), r.complaintId(),
                r.reason().name(), received.receivedAt()}).toList();
    }

    /** The case as the API shows it now, with the later complaints that named it. */
    public Uni<ComplaintDocument> read(ComplaintView view, Instant now) {
        return laterComplaintsNaming(view.id, null).map(recurrences -> document(view, now, recurrences));
    }

    /** The later complaints that named this one, received up to {@code until} (null: all). */
    public Uni<List<io.rectify.complaint.rest.api.RelatedComplaint>> laterComplaintsNaming(UUID id, Instant until) {
        return ComplaintRelation.<ComplaintRelation>list("relatedId", id).map(later -> later.stream()
                .filter(r -> until == null || !r.receivedAt.isAfter(until))
                .map(r -> new io.rectify.complaint.rest.api.RelatedComplaint(r.complaintId, r.complaintReference,
                        RelatedComplaint.Reason.valueOf(r.reason), r.receivedAt))
                .toList());
    }

    /** For lists: the case as of now; its later recurrences are left out ({@code null}), read the case for them. */
    public ComplaintDocument summary(ComplaintView view, Instant now) {
        return document(view, now, null);
    }

    private ComplaintDocument document(ComplaintView view, Instant now, List<io.rectify.complaint.rest.api.RelatedComplaint> later) {
        ComplaintDocument stored = serializer.fromJson(view.document, ComplaintDocument.class);
        List<String> allowed = view.offers == null ? stored.allowedCommands() // written before offers were stored
                : ComplaintCommandPaths.pathsOf(ComplaintLifecycle.TABLE.openAt(serializer.fromJson(view.offers, Offers.class), now));
        return stored.asOf(now, later, allowed);
    }
}
