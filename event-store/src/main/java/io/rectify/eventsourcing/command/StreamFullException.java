package io.rectify.eventsourcing.command;

import java.util.UUID;

/** The case holds the most events one stream takes ({@link EventLimits#maxPerStream()}, HTTP 422); nothing was written. */
public class StreamFullException extends RuntimeException {

    public StreamFullException(UUID streamId, long events, int maxPerStream) {
        super("case " + streamId + " holds " + events + " events and takes at most " + maxPerStream
                + "; open a new case that refers to this one");
    }
}
