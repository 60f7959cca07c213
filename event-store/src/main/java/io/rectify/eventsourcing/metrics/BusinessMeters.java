package io.rectify.eventsourcing.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A service's business counters, derived from the events its commands commit (complaints received
 * by severity and channel, cases closed, verifications by result, deadlines missed). A bean of
 * this type in a service is called by {@link CommittedEventMeters} for each committed event; tags
 * take values from closed sets (enums), never from free text, so the series stay few.
 */
public interface BusinessMeters {

    void committed(Object event, MeterRegistry registry);

    /**
     * Registers every series at 0 before the first event, so that Prometheus sees a counter from
     * the start ({@code rate} and {@code increase} need two samples) and dashboards show no gaps.
     */
    void initialise(MeterRegistry registry);
}
