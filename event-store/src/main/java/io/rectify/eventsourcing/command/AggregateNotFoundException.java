package io.rectify.eventsourcing.command;

import java.util.UUID;

public class AggregateNotFoundException extends RuntimeException {

    private final String streamType;
    private final UUID id;

    public AggregateNotFoundException(String streamType, UUID id) {
        super("no " + streamType + " with id " + id);
        this.streamType = streamType;
        this.id = id;
    }

    public String streamType() {
        return streamType;
    }

    public UUID id() {
        return id;
    }
}
