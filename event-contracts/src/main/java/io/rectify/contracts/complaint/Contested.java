package io.rectify.contracts.complaint;

/** What a dispute contests: the rejection of the complaint, the response to it, or the remedy offered. */
public enum Contested {
    REJECTION, RESPONSE, REMEDY
}
