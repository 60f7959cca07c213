package io.rectify.complaint.domain;

/** Where a complaint case stands; which commands each status allows is {@link ComplaintLifecycle}'s business. */
public enum ComplaintStatus {
    /** No case yet: the state before the complaint form arrives. */
    NONE,
    RECEIVED,
    ACKNOWLEDGED,
    UNDER_ANALYSIS,
    CORRECTIVE_ACTION,
    RESPONDED,
    MONITORING,
    CLOSED,
    REJECTED
}
