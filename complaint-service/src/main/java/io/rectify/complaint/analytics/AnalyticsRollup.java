package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Folds the contributions that {@code complaint_analytics}'s triggers append (migration V104) into
 * the daily sums, every few seconds and on every instance: each contribution is moved exactly
 * once (a second instance's fold skips what the first one deleted), and a reader adds the sums
 * and the contributions not folded yet, so a fold never changes an answer.
 */
@ApplicationScoped
public class AnalyticsRollup {

    private static final Logger LOG = Logger.getLogger(AnalyticsRollup.class);

    /** The daily sums and the contributions not folded into them yet: a reader adds both. */
    static final List<String> TABLES = List.of("complaint_analytics_rollup", "complaint_analytics_change");

    private static final String FOLD = """
            with moved as (delete from complaint_analytics_change
                           returning measure, day, severity, key, complaints, quantity, amount)
            insert into complaint_analytics_rollup as sums (measure, day, severity, key, complaints, quantity, amount)
            select measure, day, severity, key, sum(complaints), sum(quantity), sum(amount) from moved group by 1, 2, 3, 4
             order by 1, 2, 3, 4
            on conflict (measure, day, severity, key) do update
               set complaints = sums.complaints + excluded.complaints, quantity = sums.quantity + excluded.quantity,
                   amount = sums.amount + excluded.amount""";

    @Scheduled(every = "${rectify.analytics.fold-every:5s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> foldOnSchedule() {
        return fold().onFailure().invoke(e -> LOG.warnf(e, "the analytics' daily sums were not folded this round; the next round will"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Moves every contribution appended so far into the daily sums; answers how many sums it changed. */
    public Uni<Integer> fold() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(FOLD).executeUpdate()
                .call(() -> session.createNativeQuery("delete from complaint_analytics_rollup where complaints = 0 and quantity = 0 and amount = 0")
                        .executeUpdate())));
    }
}
