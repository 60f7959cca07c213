package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.domain.ComplaintLifecycle;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.projection.ComplaintView;
import io.rectify.complaint.projection.ComplaintViewProjection;
import io.rectify.complaint.rest.ComplaintCommandPaths;
import io.rectify.complaint.rest.api.ComplaintApi;
import io.rectify.complaint.rest.api.ComplaintForm;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.command.CommandExecutor;
import io.rectify.eventsourcing.command.CommandResult;
import io.rectify.eventsourcing.command.Decider;
import io.rectify.eventsourcing.command.ExpectedVersion;
import io.rectify.eventsourcing.idempotency.IdempotencyKeys;
import io.rectify.eventsourcing.reference.ReferenceNumbers;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.paging.ListQuery;
import io.rectify.eventsourcing.paging.PageOf;
import io.rectify.eventsourcing.store.EventMetadata;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** The use cases of complaint cases: each command runs through the shared command executor. */
@ApplicationScoped
public class ComplaintService {

    static final String IDEMPOTENCY_SCOPE = "complaints";
    static final String REFERENCE_PREFIX = "CMP";
    static final String REFERENCE_SEQUENCE = "complaint_reference_seq";

    private final CommandExecutor executor;
    private final ComplaintAggregate aggregate;
    private final ComplaintViewProjection views;
    private final ReferenceNumbers references;
    private final DeadlineProfiles deadlineProfiles;
    private final Recurrences recurrences;
    private final IdempotencyKeys idempotencyKeys;
    private final EventStore eventStore;
    private final EventSerializer serializer;
    private final Clock clock;

    private final HashChains chains;

    public ComplaintService(CommandExecutor executor, ComplaintAggregate aggregate, ComplaintViewProjection views,
                            ReferenceNumbers references, DeadlineProfiles deadlineProfiles, Recurrences recurrences,
                            IdempotencyKeys idempotencyKeys, EventStore eventStore, EventSerializer serializer, Clock clock,
                            HashChains chains) {
        this.chains = chains;
        this.executor = executor;
        this.aggregate = aggregate;
        this.views = views;
        this.references = references;
        this.deadlineProfiles = deadlineProfiles;
        this.recurrences = recurrences;
        this.idempotencyKeys = idempotencyKeys;
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** The outcome of filing: the case, and whether an earlier request with the same key created it. */
    public record Filing(ComplaintDocument complaint, boolean replayed) {
    }

    public record Filter(String status, String customerId, String partNumber, String lotNumber) {
    }

    /**
     * Files a complaint: a reference, due dates from the customer's profile, and the earlier
     * complaints it may repeat. With an idempotency key, a repeated request (same key, same form)
     * returns the case the first one created, even when both arrive at the same time: the key is
     * looked up and claimed in the transaction that creates the case.
     */
    public Uni<Filing> file(ComplaintForm form, String idempotencyKey, Caller caller, EventMetadata metadata) {
        CaseAccess.checkMayFileFor(form.customer().id(), caller);
        Optional<IdempotencyKeys.Claim> claim = idempotencyKeys.claimFor(IDEMPOTENCY_SCOPE, idempotencyKey, serializer.toJson(form));
        UUID id = UUID.randomUUID();
        Instant receivedAt = clock.instant();
        Decider<Complaint, ComplaintEvent> decider = (state, version) -> alreadyFiled(claim)
                .chain(() -> deadlineProfiles.policyFor(form.customer().id().trim(), form.severity()))
                .chain(policy -> recurrences.earlierThan(form.product().partNumber().trim(), form.lotNumber().trim(), receivedAt)
                        .chain(related -> references.next(REFERENCE_PREFIX, REFERENCE_SEQUENCE, receivedAt)
                                .call(reference -> claim.map(c -> idempotencyKeys.record(c, id)).orElse(Uni.createFrom().voidItem()))
                                .map(reference -> state.decide(ComplaintApi.toCommand(form, reference, receivedAt, policy, related)))));
        return executor.create(aggregate, id, metadata, decider)
                .map(result -> new Filing(document(result), false))
                .onFailure(AlreadyFiled.class)
                .recoverWithUni(earlier -> Panache.withSession(() -> find(((AlreadyFiled) earlier).id))
                        .map(complaint -> new Filing(complaint, true)))
                // a concurrent request with the same key committed first: answer with its case
                .onFailure(IdempotencyKeys::lostRace)
                .recoverWithUni(() -> Panache.withSession(() -> idempotencyKeys.lookUp(claim.orElseThrow())
                                .chain(earlier -> find(earlier.orElseThrow())))
                        .map(complaint -> new Filing(complaint, true)));
    }

    /** Fails with {@link AlreadyFiled} when the key already created a case; nothing is written then. */
    private Uni<Void> alreadyFiled(Optional<IdempotencyKeys.Claim> claim) {
        if (claim.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return idempotencyKeys.lookUp(claim.get()).invoke(earlier -> earlier.ifPresent(id -> {
            throw new AlreadyFiled(id);
        })).replaceWithVoid();
    }

    private static final class AlreadyFiled extends RuntimeException {
        private final UUID id;

        AlreadyFiled(UUID id) {
            super(null, null, false, false);
            this.id = id;
        }
    }

    /**
     * Runs a user's command on a case: the command is built with the time of deciding, decided
     * by the case, and the case as it is afterwards is answered.
     */
    public Uni<ComplaintDocument> handle(UUID id, ExpectedVersion expected, EventMetadata metadata,
                                        BiFunction<Complaint, Instant, ComplaintCommand> command) {
        return executor.execute(aggregate, id, expected, metadata,
                        Decider.pure(complaint -> complaint.decide(command.apply(complaint, clock.instant()))))
                .map(this::document);
    }

    /**
     * Runs a command the deadline watch caused, in a transaction of its own; nothing is answered.
     */
    public Uni<Void> handleInternally(UUID id, EventMetadata metadata, ComplaintCommand command) {
        return executor.execute(aggregate, id, ExpectedVersion.any(), metadata, Decider.pure(complaint -> complaint.decide(command)))
                .replaceWithVoid();
    }

    /**
     * Runs a command that another service's event caused, inside the consumer's transaction. A
     * case that does not exist here (a CAR raised without a complaint) is not this service's
     * business; a lost race fails the consumer's batch, which is then applied again.
     */
    public Uni<Void> handleConsumed(UUID id, EventMetadata metadata, ComplaintCommand command) {
        return executor.execute(aggregate, id, ExpectedVersion.latest(), metadata, Decider.pure(complaint -> complaint.decide(command)))
                .replaceWithVoid()
                .onFailure(AggregateNotFoundException.class).recoverWithNull();
    }

    /** A case as anyone holding its survey link may see it (the survey page); no caller check. */
    @WithSession
    public Uni<ComplaintDocument> get(UUID id) {
        return find(id);
    }

    /** A case the caller may see; another customer's case is 404. */
    @WithSession
    public Uni<ComplaintDocument> get(UUID id, Caller caller) {
        return find(id).invoke(complaint -> CaseAccess.checkVisible(id, complaint.customer().id(), caller));
    }

    /**
     * A case the caller may see, as it stood at {@code asOf}: its events up to then folded again.
     * Before its first event the case did not exist (404). Nothing can be done to a past state: it
     * offers no commands.
     */
    @WithSession
    public Uni<ComplaintDocument> get(UUID id, Caller caller, Instant asOf) {
        if (asOf == null) {
            return get(id, caller);
        }
        return visibleTo(id, caller).chain(() -> executor.load(aggregate, id, asOf)).chain(loaded -> {
            if (!loaded.exists()) {
                throw new AggregateNotFoundException(ComplaintAggregate.STREAM_TYPE, id);
            }
            return views.laterComplaintsNaming(id, asOf).map(later -> ComplaintDocument
                    .of(loaded.state(), loaded.version(), loaded.updatedAt()).asOf(asOf, later, List.of()));
        });
    }

    private Uni<ComplaintDocument> find(UUID id) {
        return ComplaintView.<ComplaintView>findById(id).chain(view -> {
            if (view == null) {
                throw new AggregateNotFoundException(ComplaintAggregate.STREAM_TYPE, id);
            }
            return views.read(view, clock.instant());
        });
    }

    /** The cases the caller may see: a customer's user only their own customer's, whatever the filter says. */
    @WithSession
    public Uni<PageOf<ComplaintDocument>> list(Filter filter, int page, int size, Caller caller) {
        Instant now = clock.instant();
        return ListQuery.of(ComplaintView.class)
                .whereEquals("customerId", caller.isCustomer() ? caller.requiredCustomerId() : null)
                .whereEquals("status", filter.status())
                .whereEquals("customerId", filter.customerId())
                .whereEquals("partNumber", filter.partNumber())
                .whereEquals("lotNumber", filter.lotNumber())
                .orderBy("receivedAt desc, id")
                .page(page, size)
                .map(found -> found.map(view -> views.summary(view, now)));
    }

    /** A page of the ordered history of a case (see {@link EventStore#readHistoryPage}); 404 when there is no such case. */
    @WithSession
    public Uni<List<RecordedEvent>> history(UUID id, int page, int size, Caller caller) {
        return visibleTo(id, caller).chain(() -> eventStore.readHistoryPage(ComplaintAggregate.STREAM_TYPE, id, page, size));
    }

    /** The case's hash chain and whether it holds, for whoever may read its history. */
    @WithSession
    public Uni<HashChains.Chain> audit(UUID id, Caller caller) {
        return visibleTo(id, caller).chain(() -> chains.chain(ComplaintAggregate.STREAM_TYPE, id));
    }

    /** A customer reads only their own cases; staff read all. */
    private static Uni<Void> visibleTo(UUID id, Caller caller) {
        return caller.isCustomer()
                ? ComplaintView.<ComplaintView>findById(id).invoke(view -> {
                    if (view == null) {
                        throw new AggregateNotFoundException(ComplaintAggregate.STREAM_TYPE, id);
                    }
                    CaseAccess.checkVisible(id, view.customerId, caller);
                }).replaceWithVoid()
                : Uni.createFrom().voidItem();
    }

    private ComplaintDocument document(CommandResult<Complaint> result) {
        Instant updatedAt = result.appended().isEmpty() ? null : result.appended().get(result.appended().size() - 1).occurredAt();
        Instant now = clock.instant();
        return ComplaintDocument.of(result.state(), result.version(), updatedAt).asOf(now, null,
                ComplaintCommandPaths.pathsOf(ComplaintLifecycle.allowed(result.state(), now)));
    }
}
