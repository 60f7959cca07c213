package io.rectify.car.domain;

/** How far an 8D got; each status names the last step completed. */
public enum CarStatus {
    /** No CAR yet. */
    NONE,
    OPENED,
    /** D0 */
    EMERGENCY_RESPONSE_RECORDED,
    /** D1 */
    TEAM_FORMED,
    /** D2 */
    PROBLEM_DESCRIBED,
    /** D3 */
    CONTAINED,
    /** D4 */
    ROOT_CAUSE_DETERMINED,
    /** D5 */
    ACTIONS_PLANNED,
    /** D6: every action complete */
    ACTIONS_IMPLEMENTED,
    /** D7 */
    PREVENTION_DEFINED,
    /** effectiveness confirmed */
    VERIFIED,
    /** D8 */
    CLOSED
}
