package io.rectify.complaint.service;

import io.quarkus.scheduler.Scheduled;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.projection.ComplaintView;
import io.rectify.eventsourcing.security.ServiceIdentity;
import io.rectify.eventsourcing.watch.DueWatch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    private static final DueWatch<ComplaintView> DUE = DueWatch.over("deadline watch", ComplaintView.class, "nextDeadlineAt",
            view -> "case " + view.reference);

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
        return DUE.round(now, view -> complaints.handleInternally(view.id, identity.own(),
                new ComplaintCommand.RecordMissedDeadlines(now)));
    }
}
