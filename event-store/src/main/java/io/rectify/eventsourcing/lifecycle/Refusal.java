package io.rectify.eventsourcing.lifecycle;

/** What a lifecycle says when a command comes in a status that does not take it. */
@FunctionalInterface
public interface Refusal<S, K> {

    String outOfOrder(S state, K command);
}
