package io.rectify.eventsourcing.store;

import java.util.UUID;

/** An event ready to be appended: its id, CloudEvents type name and JSON data. */
public record NewEvent(UUID eventId, String type, String data) {
}
