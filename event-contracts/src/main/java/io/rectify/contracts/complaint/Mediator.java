package io.rectify.contracts.complaint;

/** The third party the dispute goes to (ISO 10003), e.g. a chamber of commerce's mediation centre. */
public record Mediator(String name, String organisation) {
}
