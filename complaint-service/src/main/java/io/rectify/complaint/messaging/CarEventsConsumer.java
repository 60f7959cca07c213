package io.rectify.complaint.messaging;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.contracts.car.CarEvent;
import io.rectify.contracts.car.RootCause;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.contracts.complaint.CarProgress;
import io.rectify.contracts.complaint.CauseCategories;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.consumer.IdempotentConsumer;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.store.EventMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.UUID;

/**
 * Follows the CARs that complaint cases asked for, on {@code cars.events}: links the CAR when it
 * opens, records each step the case depends on (root cause, actions, verification, closure), and
 * the 8D report when the supplier shares it.
 */
@ApplicationScoped
public class CarEventsConsumer {

    static final String CONSUMER = "complaint-service.cars";

    private final IdempotentConsumer consumer;
    private final ComplaintService complaints;
    private final ServiceIdentity identity;

    public CarEventsConsumer(IdempotentConsumer consumer, ComplaintService complaints, ServiceIdentity identity) {
        this.consumer = consumer;
        this.complaints = complaints;
        this.identity = identity;
    }

    @Incoming("car-events")
    public Uni<Void> onCarEvents(ConsumerRecords<String, byte[]> records) {
        return consumer.consume(CONSUMER, records, CarEvent.TYPES, Set.of(CarEvent.Opened.class,
                CarEvent.ContainmentRecorded.class, CarEvent.RootCauseDetermined.class, CarEvent.ActionsPlanned.class,
                CarEvent.ActionCompleted.class, CarEvent.PreventionDefined.class, CarEvent.Verified.class,
                CarEvent.Reopened.class, CarEvent.Closed.class, CarEvent.ReportShared.class), this::follow);
    }

    private Uni<Void> follow(CarEvent event, CloudEvent envelope) {
        EventMetadata metadata = identity.causedBy(UUID.fromString(envelope.id()), envelope.correlationId());
        if (event instanceof CarEvent.Opened opened) {
            return opened.complaintId() == null ? Uni.createFrom().voidItem()
                    : complaints.handleConsumed(opened.complaintId(), metadata,
                    new ComplaintCommand.LinkCar(opened.carId(), opened.reference(), opened.openedAt()));
        }
        if (event instanceof CarEvent.ReportShared shared) {
            return complaints.handleConsumed(envelope.caseId(), metadata,
                    new ComplaintCommand.ReceiveEightDReport(shared.carId(), shared.report(), shared.sharedAt()));
        }
        ComplaintCommand.FollowCar step = step(event, envelope);
        return complaints.handleConsumed(envelope.caseId(), metadata, step);
    }

    private static ComplaintCommand.FollowCar step(CarEvent event, CloudEvent envelope) {
        UUID car = event.carId();
        if (event instanceof CarEvent.ContainmentRecorded contained) {
            return new ComplaintCommand.FollowCar(car, CarProgress.CONTAINED, contained.verification(), contained.recordedAt());
        }
        if (event instanceof CarEvent.RootCauseDetermined determined) {
            return new ComplaintCommand.FollowCar(car, CarProgress.ROOT_CAUSE_DETERMINED,
                    summary(determined.occurrence(), determined.escape()), new CauseCategories(
                    determined.occurrence().category(), determined.escape() == null ? null : determined.escape().category()),
                    determined.determinedAt());
        }
        if (event instanceof CarEvent.ActionsPlanned planned) {
            return new ComplaintCommand.FollowCar(car, CarProgress.ACTIONS_PLANNED,
                    planned.actions().size() + " action(s) planned", planned.plannedAt());
        }
        if (event instanceof CarEvent.ActionCompleted completed) {
            return new ComplaintCommand.FollowCar(car, CarProgress.ACTION_COMPLETED, "action " + completed.actionId()
                    + " completed", completed.completedAt());
        }
        if (event instanceof CarEvent.PreventionDefined defined) {
            return new ComplaintCommand.FollowCar(car, CarProgress.PREVENTION_DEFINED, null, defined.definedAt());
        }
        if (event instanceof CarEvent.Verified verified) {
            return new ComplaintCommand.FollowCar(car, verified.result() == Effectiveness.EFFECTIVE
                    ? CarProgress.VERIFIED_EFFECTIVE : CarProgress.VERIFIED_NOT_EFFECTIVE, verified.observation(),
                    verified.verifiedAt());
        }
        if (event instanceof CarEvent.Reopened reopened) {
            return new ComplaintCommand.FollowCar(car, CarProgress.REOPENED, reopened.reason(), reopened.reopenedAt());
        }
        if (event instanceof CarEvent.Closed closed) {
            return new ComplaintCommand.FollowCar(car, CarProgress.CLOSED, closed.lessonsLearned(), closed.closedAt());
        }
        throw new IllegalArgumentException("not a step a case follows: " + envelope.type());
    }

    /** "Occurrence: … (METHOD, cause category) / Escape: …" — what the customer's answer builds on. */
    static String summary(RootCause occurrence, RootCause escape) {
        StringBuilder summary = new StringBuilder("Occurrence: ").append(occurrence.cause());
        if (occurrence.category() != null) {
            summary.append(" (").append(occurrence.category()).append(')');
        }
        if (escape != null) {
            summary.append(". Escape: ").append(escape.cause());
        }
        return summary.toString();
    }
}
