package io.rectify.eventsourcing.command;

import io.rectify.eventsourcing.store.RecordedEvent;

import java.util.List;
import java.util.UUID;

/** The aggregate after a command: its new state and version, and what was appended. */
public record CommandResult<S>(UUID id, S state, long version, List<RecordedEvent> appended) {
}
