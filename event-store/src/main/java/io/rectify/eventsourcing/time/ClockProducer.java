package io.rectify.eventsourcing.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * The one clock events are stamped with; tests replace it to move time. It ticks in
 * microseconds, PostgreSQL's precision, so a time read back from the store equals the one the
 * command saw (and a rebuilt read model equals the live one).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
