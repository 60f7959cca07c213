package io.rectify.complaint.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.rectify.contracts.common.Severity;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.contracts.complaint.Milestone;
import io.rectify.eventsourcing.metrics.BusinessMeters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The complaint side's business counters: complaints received by severity and channel, cases
 * closed and rejected, deadlines missed by milestone, satisfaction ratings.
 */
@ApplicationScoped
public class ComplaintMeters implements BusinessMeters {

    @Override
    public void initialise(MeterRegistry registry) {
        for (Severity severity : Severity.values()) {
            for (Channel channel : Channel.values()) {
                registry.counter("rectify.complaints.received", "severity", severity.name(), "channel", channel.name());
            }
        }
        registry.counter("rectify.complaints.closed");
        registry.counter("rectify.complaints.rejected");
        for (Milestone milestone : Milestone.values()) {
            registry.counter("rectify.deadlines.missed", "milestone", milestone.name());
        }
        for (int rating = 1; rating <= 5; rating++) {
            registry.counter("rectify.satisfaction.ratings", "rating", Integer.toString(rating));
        }
    }

    @Override
    public void committed(Object event, MeterRegistry registry) {
        switch (event) {
            case ComplaintEvent.Received received -> registry.counter("rectify.complaints.received",
                    "severity", received.severity().name(), "channel", received.channel().name()).increment();
            case ComplaintEvent.Closed ignored -> registry.counter("rectify.complaints.closed").increment();
            case ComplaintEvent.Rejected ignored -> registry.counter("rectify.complaints.rejected").increment();
            case ComplaintEvent.DeadlineMissed missed -> registry.counter("rectify.deadlines.missed",
                    "milestone", missed.milestone().name()).increment();
            case ComplaintEvent.SatisfactionRecorded rated -> registry.counter("rectify.satisfaction.ratings",
                    "rating", Integer.toString(rated.rating())).increment();
            default -> {
            }
        }
    }
}
