package io.rectify.eventsourcing.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, set by the {@link AccessFilter} once the token is verified
 * and before any resource runs; services ask it who acts.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The authenticated caller; fails with 401 on an operation that anyone may call without a token. */
    public Caller get() {
        if (caller == null) {
            throw new NotAuthenticatedException("this operation needs a bearer token");
        }
        return caller;
    }

    public boolean isAuthenticated() {
        return caller != null;
    }
}
