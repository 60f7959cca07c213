package io.rectify.complaint.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@code complaint_view} equal to the fold of each case's events. */
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
    public Uni<Void> reset() {
        return ComplaintView.deleteAll().replaceWithVoid();
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
            view.customerId = complaint.customer().id();
            view.partNumber = complaint.product().partNumber();
            view.lotNumber = complaint.lotNumber();
            view.severity = complaint.severity().name();
            view.version = recorded.version();
            view.receivedAt = complaint.receivedAt();
            view.updatedAt = recorded.occurredAt();
            view.document = serializer.toJson(ComplaintDocument.of(complaint, recorded.version(), recorded.occurredAt()));
            return existing == null ? Panache.getSession().chain(session -> session.persist(view)) : Uni.createFrom().voidItem();
        });
    }

    public ComplaintDocument read(ComplaintView view) {
        return serializer.fromJson(view.document, ComplaintDocument.class);
    }
}
