package io.rectify.eventsourcing.security;

/** The caller is known but may not do this: answers 403 and changes nothing. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
