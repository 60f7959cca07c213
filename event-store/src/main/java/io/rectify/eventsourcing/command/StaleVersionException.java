package io.rectify.eventsourcing.command;

import java.util.UUID;

/** The {@code If-Match} version is not the aggregate's current one (HTTP 412); {@code current} is -1 when unknown. */
public class StaleVersionException extends RuntimeException {

    private final UUID id;
    private final long expected;
    private final long current;

    public StaleVersionException(UUID id, long expected, long current) {
        super("If-Match names version " + expected + (current >= 0 ? " but the current version is " + current : " but the case changed meanwhile")
                + "; read it again and decide on the current state");
        this.id = id;
        this.expected = expected;
        this.current = current;
    }

    public UUID id() {
        return id;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
