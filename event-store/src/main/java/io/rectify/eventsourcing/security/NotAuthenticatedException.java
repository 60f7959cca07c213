package io.rectify.eventsourcing.security;

/** No valid token came with a request that needs one: answers 401. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
