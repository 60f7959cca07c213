package io.rectify.eventsourcing.store;

import io.vertx.pgclient.PgException;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads PostgreSQL's answer out of whatever wrapped it: Vert.x reports a {@link PgException},
 * Hibernate Reactive converts it to a {@link SQLException} inside its own exceptions, and Mutiny
 * may attach it as a suppressed exception.
 */
public final class SqlErrors {

    public static final String UNIQUE_VIOLATION = "23505";

    private record Cause(String sqlState, String constraint, String message) {
    }

    private SqlErrors() {
    }

    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        return databaseCause(failure)
                .filter(cause -> UNIQUE_VIOLATION.equals(cause.sqlState()))
                .filter(cause -> constraint == null || constraint.equals(cause.constraint())
                        || (cause.message() != null && cause.message().contains("\"" + constraint + "\"")))
                .isPresent();
    }

    /**
     * Failures that go away by themselves: the database is restarting or unreachable, a
     * serialization conflict or deadlock was detected, the server is out of connections.
     */
    public static boolean isTransient(Throwable failure) {
        Optional<Cause> cause = databaseCause(failure);
        if (cause.isPresent() && cause.get().sqlState() != null) {
            String state = cause.get().sqlState();
            return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57");
        }
        return causes(failure).stream().anyMatch(t -> t instanceof java.net.ConnectException
                || t instanceof java.util.concurrent.TimeoutException
                || t instanceof io.vertx.sqlclient.ClosedConnectionException
                || t instanceof java.io.IOException);
    }

    private static Optional<Cause> databaseCause(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof PgException pg) {
                return Optional.of(new Cause(pg.getSqlState(), pg.getConstraint(), pg.getMessage()));
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return Optional.of(new Cause(violation.getSQLState(), violation.getConstraintName(), violation.getMessage()));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(new Cause(sql.getSQLState(), null, sql.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The failure, its causes and everything suppressed along the way, each once. */
    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.add(suppressed);
            }
        }
        return all;
    }
}
