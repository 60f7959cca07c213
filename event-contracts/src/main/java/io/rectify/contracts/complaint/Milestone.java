package io.rectify.contracts.complaint;

/** The milestones a case is due to reach; a missed one is recorded once. */
public enum Milestone {
    ACKNOWLEDGEMENT, CONTAINMENT, RESPONSE, CLOSURE
}
