package io.rectify.eventsourcing.command;

/** The command would record an event larger than {@link EventLimits#maxBytes()} (HTTP 413); nothing was written. */
public class EventTooLargeException extends RuntimeException {

    private final long maxBytes;

    public EventTooLargeException(String eventType, long bytes, long maxBytes) {
        super("the command would record " + eventType + " with " + bytes + " bytes; at most " + maxBytes
                + " fit in one event: send less text or fewer entries");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
