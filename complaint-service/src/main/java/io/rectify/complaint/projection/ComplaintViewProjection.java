package io.rectify.complaint.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.complaint.domain.ComplaintLifecycle;
import io.rectify.complaint.rest.ComplaintCommandPaths;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.lifecycle.Offers;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code complaint_view} equal to the fold of each case's events, and records which
 * complaints a new one may repeat ({@code complaint_relations}).
 */
@ApplicationScoped
public class ComplaintViewProjection implements Projection<Complaint, ComplaintEvent> {

    public static final String NAME = "complaint-view";

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
        // the first event of a case creates its row; only later ones need to read it
        Uni<ComplaintView> row = recorded.version() == 1 ? Uni.createFrom().nullItem() : ComplaintView.findById(complaint.id());
        return row.chain(existing -> {
            ComplaintView view = existing == null ? new ComplaintView() : existing;
            view.id = complaint.id();
            view.reference = complaint.reference();
            view.status = complaint.status().name();
            view.customerId = complaint.intake().customer().id();
            view.partNumber = complaint.intake().product().partNumber();
            view.lotNumber = complaint.intake().lotNumber();
            view.severity = complaint.intake().severity().name();
            view.version = recorded.version();
            view.receivedAt = complaint.intake().receivedAt();
            view.updatedAt = recorded.occurredAt();
            view.nextDeadlineAt = ComplaintDocument.nextDeadline(complaint);
            view.document = serializer.toJson(ComplaintDocument.of(complaint, recorded.version(), recorded.occurredAt()));
            view.offers = serializer.toJson(ComplaintLifecycle.TABLE.offers(complaint, recorded.occurredAt()));
            Uni<Void> saved = existing == null
                    ? Panache.getSession().chain(session -> session.persist(view))
                    : Uni.createFrom().voidItem();
            return event instanceof ComplaintEvent.Received received ? saved.chain(() -> relate(received)) : saved;
        });
    }

    private Uni<Void> relate(ComplaintEvent.Received received) {
        List<RelatedComplaint> related = received.relatedComplaints() == null ? List.of() : received.relatedComplaints();
        if (related.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // one statement for all of them: a recurring defect names up to a page of earlier cases
        StringBuilder sql = new StringBuilder(
                "insert into complaint_relations (complaint_id, complaint_reference, related_id, reason, received_at) values ");
        for (int i = 0; i < related.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(4 + 2 * i).append(", ?").append(5 + 2 * i).append(", ?3)");
        }
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(sql.toString())
                    .setParameter(1, received.complaintId())
                    .setParameter(2, received.reference())
                    .setParameter(3, received.receivedAt());
            for (int i = 0; i < related.size(); i++) {
                insert.setParameter(4 + 2 * i, related.get(i).complaintId());
                insert.setParameter(5 + 2 * i, related.get(i).reason().name());
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** The case as the API shows it now, with the later complaints that named it. */
    public Uni<ComplaintDocument> read(ComplaintView view, Instant now) {
        return ComplaintRelation.<ComplaintRelation>list("relatedId", view.id).map(later -> {
            List<io.rectify.complaint.rest.api.RelatedComplaint> recurrences = later.stream()
                    .map(r -> new io.rectify.complaint.rest.api.RelatedComplaint(r.complaintId, r.complaintReference,
                            RelatedComplaint.Reason.valueOf(r.reason), r.receivedAt))
                    .toList();
            return document(view, now, recurrences);
        });
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
