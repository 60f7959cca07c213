package io.rectify.contracts.common;

/** Whether corrective action worked: the failure does not recur (not merely "actions done"). */
public enum Effectiveness {
    EFFECTIVE, NOT_EFFECTIVE
}
