package io.rectify.car.service;

import io.quarkus.scheduler.Scheduled;
import io.rectify.car.domain.CarCommand;
import io.rectify.car.projection.CarView;
import io.rectify.eventsourcing.watch.DueWatch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    private static final DueWatch<CarView> DUE = DueWatch.over("overdue watch", CarView.class, "nextActionDue",
            view -> view.reference);

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
        return DUE.round(today, view -> cars.handleInternally(view.id, new CarCommand.RecordOverdueActions(today, now)));
    }
}
