package io.rectify.notification.domain;

import io.rectify.contracts.EventTypes;
import io.rectify.contracts.Topics;
import io.rectify.contracts.notification.NotificationEvent;
import io.rectify.eventsourcing.aggregate.AggregateType;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

@ApplicationScoped
public class NotificationAggregate implements AggregateType<Notification, NotificationEvent> {

    public static final String STREAM_TYPE = "notification";
    public static final EventTypes<NotificationEvent> EVENTS = NotificationEvent.TYPES;

    /**
     * One event tells one recipient one thing at most once: the notification's id is derived
     * from the event that caused it and what it says, so a second attempt finds the first.
     */
    public static UUID idFor(UUID triggeringEventId, Template template) {
        return name(triggeringEventId + "/" + template.key());
    }

    /** A webhook delivery: one per event and subscription. */
    public static UUID idFor(UUID triggeringEventId, UUID subscriptionId) {
        return name(triggeringEventId + "/webhook/" + subscriptionId);
    }

    private static UUID name(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String streamType() {
        return STREAM_TYPE;
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS;
    }

    @Override
    public EventTypes<NotificationEvent> eventTypes() {
        return EVENTS;
    }

    @Override
    public Notification initialState(UUID id) {
        return Notification.none(id);
    }

    @Override
    public Notification evolve(Notification state, NotificationEvent event) {
        return state.evolve(event);
    }

    /** A notification belongs to the case it is about. */
    @Override
    public UUID caseId(UUID streamId, Notification state) {
        return state.caseId();
    }
}
