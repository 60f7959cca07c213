package io.rectify.eventsourcing.command;

import java.util.UUID;

/** A creating command found the aggregate already there (HTTP 409); a consumer treats it as done. */
public class AggregateAlreadyExistsException extends RuntimeException {

    public AggregateAlreadyExistsException(String streamType, UUID id) {
        super(streamType + " " + id + " already exists");
    }
}
