package io.rectify.contracts.complaint;

/** The steps of the linked 8D that the complaint case follows. */
public enum CarProgress {
    CONTAINED, ROOT_CAUSE_DETERMINED, ACTIONS_PLANNED, ACTION_COMPLETED, PREVENTION_DEFINED, VERIFIED_EFFECTIVE,
    VERIFIED_NOT_EFFECTIVE, CLOSED, REOPENED
}
