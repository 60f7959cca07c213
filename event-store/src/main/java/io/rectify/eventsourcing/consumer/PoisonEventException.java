package io.rectify.eventsourcing.consumer;

/** A consumed record that no retry can make processable; it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
