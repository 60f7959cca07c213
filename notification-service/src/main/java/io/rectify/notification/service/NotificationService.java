package io.rectify.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.notification.NotificationChannel;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.Decider;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.notification.domain.NotificationAggregate;
import io.rectify.notification.domain.Template;
import io.rectify.notification.projection.NotificationView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Decides who is told what about a case, and keeps the record of it. */
@ApplicationScoped
public class NotificationService {

    static final String ACTOR = "notification-service";

    private final CommandExecutor executor;
    private final NotificationAggregate aggregate;
    private final Clock clock;

    public NotificationService(CommandExecutor executor, NotificationAggregate aggregate, Clock clock) {
        this.executor = executor;
        this.aggregate = aggregate;
        this.clock = clock;
    }

    /** ISO 10002: the customer learns at once that the complaint arrived, and under which reference. */
    public Uni<Void> acknowledgeReceipt(ComplaintEvent.Received received, CloudEvent cause) {
        UUID triggeringEvent = UUID.fromString(cause.id());
        UUID id = NotificationAggregate.idFor(triggeringEvent, Template.RECEIPT_ACKNOWLEDGEMENT);
        EventMetadata metadata = EventMetadata.causedBy(triggeringEvent, cause.correlationId(), ACTOR);
        return executor.createIfAbsent(aggregate, id, metadata, Decider.pure(notification -> notification.queue(
                        received.complaintId(), received.reference(), NotificationChannel.EMAIL, received.customer().email(),
                        received.customer().language(), Template.RECEIPT_ACKNOWLEDGEMENT, triggeringEvent, clock.instant())))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<List<NotificationView>> forCase(UUID caseId) {
        return NotificationView.list("caseId", Sort.ascending("queuedAt", "id"), caseId);
    }
}
