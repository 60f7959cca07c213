package io.rectify.eventsourcing.idempotency;

/** The key was first used with a different request body (HTTP 422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used with a different request; use a new key for a new request");
    }
}
