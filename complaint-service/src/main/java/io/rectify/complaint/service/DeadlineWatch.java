package io.rectify.complaint.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.projection.ComplaintView;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Records a {@code deadline-missed} event, once per milestone, for every case whose next due date
 * has passed. The read model knows each case's next due date, so a round reads only the cases
 * that are due; the case itself decides what is missed, so running this on several instances or
 * twice changes nothing.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);
    private static final int ROUND = 200;

    private final ComplaintService complaints;
    private final Clock clock;
    private final ServiceIdentity identity;

    public DeadlineWatch(ComplaintService complaints, Clock clock, ServiceIdentity identity) {
        this.complaints = complaints;
        this.clock = clock;
        this.identity = identity;
    }

    @Scheduled(every = "${rectify.deadlines.check-every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> recordMissedDeadlines() {
        Instant now = clock.instant();
        return Panache.withSession(() -> ComplaintView.<ComplaintView>find("nextDeadlineAt < ?1", Sort.ascending("nextDeadlineAt"), now)
                        .range(0, ROUND - 1).list())
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(view -> complaints
                                .handleInternally(view.id, identity.own(), new ComplaintCommand.RecordMissedDeadlines(now))
                                .onFailure().recoverWithItem(failure -> {
                                    LOG.warnf("deadline watch: case %s not updated now (%s); next round tries again",
                                            view.reference, failure.getMessage());
                                    return null;
                                }))
                        .collect().last())
                .replaceWithVoid();
    }
}
