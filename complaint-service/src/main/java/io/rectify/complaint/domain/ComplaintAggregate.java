package io.rectify.complaint.domain;

import io.rectify.contracts.EventTypes;
import io.rectify.contracts.Topics;
import io.rectify.contracts.complaint.ComplaintEvent;
import io.rectify.eventsourcing.aggregate.AggregateType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Tells the shared event store how complaint cases are stored, folded and published. */
@ApplicationScoped
public class ComplaintAggregate implements AggregateType<Complaint, ComplaintEvent> {

    public static final String STREAM_TYPE = "complaint";
    public static final EventTypes<ComplaintEvent> EVENTS = ComplaintEvent.TYPES;

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public String topic() {
        return Topics.COMPLAINTS;
    }

    @Override
    public EventTypes<ComplaintEvent> eventTypes() {
        return EVENTS;
    }

    @Override
    public Complaint initialState(UUID id) {
        return Complaint.none(id);
    }

    @Override
    public Complaint evolve(Complaint state, ComplaintEvent event) {
        return state.evolve(event);
    }

    /** A complaint is its own case: the case id is the complaint id. */
    @Override
    public UUID caseId(UUID streamId, Complaint state) {
        return streamId;
    }
}
