package io.rectify.car.projection;

import io.rectify.car.domain.Car;
import io.rectify.car.domain.CarAggregate;
import io.rectify.car.domain.CarLifecycle;
import io.rectify.car.rest.CarCommandPaths;
import io.rectify.contracts.car.CarEvent;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.lifecycle.Offers;
import io.rectify.eventsourcing.projection.Projection;
import io.rectify.eventsourcing.projection.Replayed;
import io.rectify.eventsourcing.projection.ViewTable;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps {@code car_view} equal to the fold of each CAR's events. */
@ApplicationScoped
public class CarViewProjection implements Projection<Car, CarEvent> {

    public static final String NAME = "car-view";

    private static final ViewTable VIEW = ViewTable.keyed("car_view", "id", "reference", "status", "complaint_id", "source",
            "part_number", "severity", "version", "opened_at", "updated_at", "next_action_due", "document:jsonb",
            "offers:jsonb");

    private final EventSerializer serializer;

    public CarViewProjection(EventSerializer serializer) {
        this.serializer = serializer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String streamType() {
        return CarAggregate.STREAM_TYPE;
    }

    @Override
    public Uni<Void> forget(List<UUID> carIds) {
        return CarView.delete("id in ?1", carIds).replaceWithVoid();
    }

    @Override
    public Uni<Void> apply(CarEvent event, Car car, RecordedEvent recorded) {
        return VIEW.write(row(car, recorded));
    }

    @Override
    public Uni<Void> restore(List<Replayed<Car, CarEvent>> cars) {
        return VIEW.write(cars.stream().map(replayed -> row(replayed.state(), replayed.last())).toList());
    }

    private Object[] row(Car car, RecordedEvent recorded) {
        var opened = car.opened();
        return new Object[] {car.id(), opened.reference(), car.status().name(), opened.complaintId(), opened.source().name(),
                opened.product() == null ? null : opened.product().partNumber(),
                opened.severity() == null ? null : opened.severity().name(), recorded.version(), opened.openedAt(),
                recorded.occurredAt(), CarDocument.nextActionDue(car),
                serializer.toJson(CarDocument.of(car, recorded.version(), recorded.occurredAt(), null)),
                serializer.toJson(CarLifecycle.TABLE.offers(car, recorded.occurredAt()))};
    }

    /** The CAR as the API shows it at {@code now}. */
    public CarDocument read(CarView view, Instant now) {
        CarDocument stored = serializer.fromJson(view.document, CarDocument.class);
        return stored.allowing(view.offers == null ? stored.allowedCommands() // written before offers were stored
                : CarCommandPaths.pathsOf(CarLifecycle.TABLE.openAt(serializer.fromJson(view.offers, Offers.class), now)));
    }
}
