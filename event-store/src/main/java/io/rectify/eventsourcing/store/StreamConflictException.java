package io.rectify.eventsourcing.store;

import java.util.UUID;

/** Another writer appended to the stream since it was read; nothing of this append was stored. */
public class StreamConflictException extends RuntimeException {

    private final UUID streamId;
    private final long expectedVersion;

    public StreamConflictException(UUID streamId, long expectedVersion, Throwable cause) {
        super("stream " + streamId + " is no longer at version " + expectedVersion, cause);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
    }

    public UUID streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
