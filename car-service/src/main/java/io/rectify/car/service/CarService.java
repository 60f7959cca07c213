package io.rectify.car.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.rectify.car.domain.Car;
import io.rectify.car.domain.CarAggregate;
import io.rectify.car.domain.CarCommand;
import io.rectify.car.domain.CarLifecycle;
import io.rectify.car.rest.api.CarApi;
import io.rectify.car.rest.api.CarForm;
import io.rectify.car.rest.CarCommandPaths;
import io.rectify.car.projection.CarDocument;
import io.rectify.car.projection.CarView;
import io.rectify.car.projection.CarViewProjection;
import io.rectify.contracts.car.CarSource;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.cloudevents.CloudEvent;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.CommandResult;
import io.rectify.eventsourcing.command.Decider;
import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.reference.ReferenceNumbers;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.eventsourcing.paging.ListQuery;
import io.rectify.eventsourcing.paging.PageOf;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The use cases of CARs: each command runs through the shared command executor. */
@ApplicationScoped
public class CarService {

    static final String REFERENCE_PREFIX = "CAR";
    static final String REFERENCE_SEQUENCE = "car_reference_seq";

    private final CommandExecutor executor;
    private final CarAggregate aggregate;
    private final CarViewProjection views;
    private final ReferenceNumbers references;
    private final EventStore eventStore;
    private final Clock clock;
    private final ServiceIdentity identity;

    private final HashChains chains;

    public CarService(CommandExecutor executor, CarAggregate aggregate, CarViewProjection views, ReferenceNumbers references,
                      EventStore eventStore, Clock clock, ServiceIdentity identity, HashChains chains) {
        this.chains = chains;
        this.identity = identity;
        this.executor = executor;
        this.aggregate = aggregate;
        this.views = views;
        this.references = references;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Opens a CAR by hand, for a nonconformity found internally. */
    public Uni<CarDocument> open(CarForm form, EventMetadata metadata) {
        UUID id = UUID.randomUUID();
        Instant at = clock.instant();
        return executor.create(aggregate, id, metadata, (car, version) -> references.next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, at)
                        .map(reference -> car.decide(CarApi.toCommand(form, reference, at))))
                .map(this::document);
    }

    /** A complaint asked for corrective action: its one CAR opens, unless it is open already. */
    public Uni<Void> openForComplaint(ComplaintEvent.CorrectiveActionRequested request, CloudEvent cause) {
        UUID id = CarAggregate.idForComplaint(request.complaintId());
        return executor.createIfAbsent(aggregate, id, consumed(cause), (car, version) -> references
                        .next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, request.requestedAt())
                        .map(reference -> car.decide(new CarCommand.Open(reference, request.complaintId(), request.reference(),
                                CarSource.CUSTOMER, request.problemStatement(), request.customer(), request.product(),
                                request.lotNumber(), request.severity(), request.containment(), clock.instant()))))
                .replaceWithVoid();
    }

    /** The follow-up at the customer found the action not effective: the complaint's CAR goes back to D4. */
    public Uni<Void> reopenForComplaint(ComplaintEvent.FollowUpRecorded followUp, CloudEvent cause) {
        return executor.execute(aggregate, followUp.carToReopen(), ExpectedVersion.latest(), consumed(cause),
                        Decider.pure(car -> car.decide(new CarCommand.Reopen("not effective at the customer: "
                                + followUp.observation(), clock.instant()))))
                .replaceWithVoid()
                .onFailure(AggregateNotFoundException.class).recoverWithNull();
    }

    /** Runs a user's step on a CAR and answers the CAR as it is afterwards. */
    public Uni<CarDocument> handle(UUID id, ExpectedVersion expected, EventMetadata metadata, Function<Instant, CarCommand> command) {
        return executor.execute(aggregate, id, expected, metadata, Decider.pure(car -> car.decide(command.apply(clock.instant()))))
                .map(this::document);
    }

    /** Runs a command of the overdue watch, in a transaction of its own. */
    public Uni<Void> handleInternally(UUID id, CarCommand command) {
        return executor.execute(aggregate, id, ExpectedVersion.any(), identity.own(),
                Decider.pure(car -> car.decide(command))).replaceWithVoid();
    }

    @WithSession
    public Uni<CarDocument> get(UUID id) {
        return CarView.<CarView>findById(id).map(view -> {
            if (view == null) {
                throw new AggregateNotFoundException(CarAggregate.STREAM_TYPE, id);
            }
            return views.read(view, clock.instant());
        });
    }

    @WithSession
    public Uni<PageOf<CarDocument>> list(UUID complaintId, String status, int page, int size) {
        return ListQuery.of(CarView.class)
                .whereEquals("complaintId", complaintId)
                .whereEquals("status", status)
                .orderBy("openedAt desc, id")
                .page(page, size)
                .map(found -> {
                    Instant now = clock.instant();
                    return found.map(view -> views.read(view, now));
                });
    }

    /** A page of the CAR's ordered history (see {@link EventStore#readHistoryPage}); 404 when there is no such CAR. */
    @WithSession
    public Uni<List<RecordedEvent>> history(UUID id, int page, int size) {
        return eventStore.readHistoryPage(CarAggregate.STREAM_TYPE, id, page, size);
    }

    /** The CAR's hash chain and whether it holds. */
    public Uni<HashChains.Chain> audit(UUID id) {
        return chains.chain(CarAggregate.STREAM_TYPE, id);
    }

    /**
     * The CAR folded straight from its events, for the 8D report; with {@code asOf}, from its
     * events up to then (404 before its first), offering no commands: a past state takes none.
     */
    @WithSession
    public Uni<CarDocument> fromEvents(UUID id, Instant asOf) {
        return executor.load(aggregate, id, asOf).map(loaded -> {
            if (!loaded.exists()) {
                throw new AggregateNotFoundException(CarAggregate.STREAM_TYPE, id);
            }
            return CarDocument.of(loaded.state(), loaded.version(), loaded.updatedAt(),
                    asOf == null ? allowedNow(loaded.state()) : List.of());
        });
    }

    private EventMetadata consumed(CloudEvent cause) {
        return identity.causedBy(UUID.fromString(cause.id()), cause.correlationId());
    }

    private CarDocument document(CommandResult<Car> result) {
        List<RecordedEvent> appended = result.appended();
        Instant updatedAt = appended.isEmpty() ? null : appended.get(appended.size() - 1).occurredAt();
        return CarDocument.of(result.state(), result.version(), updatedAt, allowedNow(result.state()));
    }

    private List<String> allowedNow(Car car) {
        return CarCommandPaths.pathsOf(CarLifecycle.allowed(car, clock.instant()));
    }
}
