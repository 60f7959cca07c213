package io.rectify.eventsourcing.aggregate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rectify.eventsourcing.http.JsonInputRules;
import io.rectify.contracts.EventTypes;
import io.rectify.eventsourcing.store.NewEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Turns event records into stored JSON and back, using the type names of the contract. */
@ApplicationScoped
public class EventSerializer {

    private final ObjectMapper objectMapper;

    public EventSerializer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public <E> NewEvent serialize(EventTypes<E> types, E event) {
        try {
            return new NewEvent(UUID.randomUUID(), types.nameOf(event), objectMapper.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + event.getClass().getName(), e);
        }
    }

    public <E> E deserialize(EventTypes<E> types, String type, String data) {
        Class<? extends E> eventClass = types.classOf(type)
                .orElseThrow(() -> new UnknownEventTypeException(type, types.root()));
        try {
            // recorded events are read as they were written: the API's input rules judge what comes in, not history
            return objectMapper.readerFor(eventClass).withAttribute(JsonInputRules.RECORDED, Boolean.TRUE).readValue(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data of " + type + " does not match " + eventClass.getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    public String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    public <T> T fromJson(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static class UnknownEventTypeException extends IllegalArgumentException {
        public UnknownEventTypeException(String type, Class<?> root) {
            super(type + " is not an event of " + root.getSimpleName());
        }
    }
}
