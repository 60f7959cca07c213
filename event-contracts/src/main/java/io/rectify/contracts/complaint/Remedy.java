package io.rectify.contracts.complaint;

/** What the customer asks for, or what is offered. */
public enum Remedy {
    RETURN, REPAIR, REPLACEMENT, CREDIT, NONE
}
