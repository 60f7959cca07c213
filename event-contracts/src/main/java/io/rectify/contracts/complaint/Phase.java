package io.rectify.contracts.complaint;

/** Where in the customer's flow the defect showed up. */
public enum Phase {
    INCOMING_INSPECTION, PRODUCTION, FIELD, OTHER
}
