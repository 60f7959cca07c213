package io.rectify.car.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import io.rectify.car.domain.CarCommand;
import io.rectify.car.projection.CarView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Records an {@code action-overdue} event, once per action, for every open action past its due
 * date (dates are UTC days). The read model knows each CAR's next due date, so a round reads only
 * the CARs that are due; the CAR decides what is overdue, so a repeated round changes nothing.
 */
@ApplicationScoped
public class OverdueActionWatch {

    private static final Logger LOG = Logger.getLogger(OverdueActionWatch.class);
    private static final int ROUND = 200;

    private final CarService cars;
    private final Clock clock;

    public OverdueActionWatch(CarService cars, Clock clock) {
        this.cars = cars;
        this.clock = clock;
    }

    @Scheduled(every = "${rectify.cars.overdue-check-every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> recordOverdueActions() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return Panache.withSession(() -> CarView.<CarView>find("nextActionDue < ?1", Sort.ascending("nextActionDue"), today)
                        .range(0, ROUND - 1).list())
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(view -> cars
                                .handleInternally(view.id, new CarCommand.RecordOverdueActions(today, now))
                                .onFailure().recoverWithItem(failure -> {
                                    LOG.warnf("overdue watch: %s not updated now (%s); next round tries again",
                                            view.reference, failure.getMessage());
                                    return null;
                                }))
                        .collect().last())
                .replaceWithVoid();
    }
}
