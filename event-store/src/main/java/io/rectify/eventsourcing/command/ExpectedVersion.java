package io.rectify.eventsourcing.command;

/**
 * What the writer believes about the stream. {@code exactly(n)} comes from an {@code If-Match}
 * header: when the stream moved on, the command fails with 412 instead of being re-decided.
 * {@code any()} re-reads and re-decides on a concurrent write, so no update is lost either way.
 */
public record ExpectedVersion(Kind kind, long version) {

    public enum Kind { NO_STREAM, EXACTLY, ANY, LATEST }

    public static ExpectedVersion noStream() {
        return new ExpectedVersion(Kind.NO_STREAM, 0);
    }

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(Kind.EXACTLY, version);
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(Kind.ANY, -1);
    }

    /**
     * Decides on the current state like {@link #any()}, but leaves a lost race to the caller: for
     * work that joins a larger transaction (a consumer's batch), which must then be retried whole.
     */
    public static ExpectedVersion latest() {
        return new ExpectedVersion(Kind.LATEST, -1);
    }

    public boolean retryOnConflict() {
        return kind == Kind.ANY;
    }

    /**
     * Whether the command runs in a transaction of its own, so that its turn on the stream can
     * last until it has committed; {@link #latest()} joins a larger one and does not wait.
     */
    boolean ownsTransaction() {
        return kind == Kind.EXACTLY || kind == Kind.ANY;
    }
}
