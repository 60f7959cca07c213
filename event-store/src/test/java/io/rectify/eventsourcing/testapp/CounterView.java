package io.rectify.eventsourcing.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "counter_view")
public class CounterView extends PanacheEntityBase {

    @Id
    public UUID id;
    public long total;
    public long version;
}
