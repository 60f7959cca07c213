package io.rectify.car.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.rectify.car.domain.Car;
import io.rectify.car.domain.CarAggregate;
import io.rectify.car.domain.CarLifecycle;
import io.rectify.car.rest.CarCommandPaths;
import io.rectify.contracts.car.CarEvent;
import io.rectify.eventsourcing.aggregate.EventSerializer;
import io.rectify.eventsourcing.lifecycle.Offers;
import io.rectify.eventsourcing.projection.Projection;
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
        // the first event of a CAR creates its row; only later ones need to read it
        Uni<CarView> row = recorded.version() == 1 ? Uni.createFrom().nullItem() : CarView.findById(car.id());
        return row.chain(existing -> {
            CarView view = existing == null ? new CarView() : existing;
            view.id = car.id();
            view.reference = car.opened().reference();
            view.status = car.status().name();
            view.complaintId = car.opened().complaintId();
            view.source = car.opened().source().name();
            view.partNumber = car.opened().product() == null ? null : car.opened().product().partNumber();
            view.severity = car.opened().severity() == null ? null : car.opened().severity().name();
            view.version = recorded.version();
            view.openedAt = car.opened().openedAt();
            view.updatedAt = recorded.occurredAt();
            view.nextActionDue = CarDocument.nextActionDue(car);
            view.document = serializer.toJson(CarDocument.of(car, recorded.version(), recorded.occurredAt(), null));
            view.offers = serializer.toJson(CarLifecycle.TABLE.offers(car, recorded.occurredAt()));
            return existing == null ? Panache.getSession().chain(session -> session.persist(view)) : Uni.createFrom().voidItem();
        });
    }

    /** The CAR as the API shows it at {@code now}. */
    public CarDocument read(CarView view, Instant now) {
        CarDocument stored = serializer.fromJson(view.document, CarDocument.class);
        return stored.allowing(view.offers == null ? stored.allowedCommands() // written before offers were stored
                : CarCommandPaths.pathsOf(CarLifecycle.TABLE.openAt(serializer.fromJson(view.offers, Offers.class), now)));
    }
}
