package io.rectify.notification.domain;

/**
 * What a mail says and to whom. The text is in {@code templates/mail/<language>/<key>.txt}: the
 * first line is the subject, the rest the body.
 */
public enum Template {
    /** ISO 10002: every complaint is acknowledged to the customer at once, with its reference. */
    RECEIPT_ACKNOWLEDGEMENT("receipt-acknowledgement", Audience.CUSTOMER),
    /** The quality team has taken the case on. */
    ACKNOWLEDGEMENT("acknowledgement", Audience.CUSTOMER),
    /** Root cause, corrective and preventive action. */
    RESPONSE("response", Audience.CUSTOMER),
    /** Some time after the response: is the action effective at the customer? */
    FOLLOW_UP_REQUEST("follow-up-request", Audience.CUSTOMER),
    /** With the link to the satisfaction survey. */
    CLOSURE("closure", Audience.CUSTOMER),
    REJECTION("rejection", Audience.CUSTOMER),
    /** The remedy offered: return, repair, replacement, credit, or none with the reason. */
    REMEDY_OFFER("remedy-offer", Audience.CUSTOMER),
    /** The customer's objection is registered as a dispute. */
    DISPUTE_OPENED("dispute-opened", Audience.CUSTOMER),
    /** The supplier proposes terms to settle the dispute. */
    SETTLEMENT_PROPOSAL("settlement-proposal", Audience.CUSTOMER),
    /** The supplier accepts the customer's proposal: the settlement waits for signatures. */
    PROPOSAL_ACCEPTED("proposal-accepted", Audience.CUSTOMER),
    /** The supplier turns the customer's proposal down without a counter-proposal. */
    PROPOSAL_REJECTED("proposal-rejected", Audience.CUSTOMER),
    /** A step of carrying out the agreed remedy: goods received, repaired, shipped, credit issued. */
    REMEDY_PROGRESS("remedy-progress", Audience.CUSTOMER),
    /** Both signed: the settlement's terms and signatures, for the customer's files. */
    SETTLEMENT_CONFIRMATION("settlement-confirmation", Audience.CUSTOMER),
    MEDIATION_STARTED("mediation-started", Audience.CUSTOMER),
    MEDIATION_OUTCOME("mediation-outcome", Audience.CUSTOMER),
    CAR_OPENED("car-opened", Audience.QUALITY_TEAM),
    /** A customer contests a decision: the quality team prepares the evidence and a proposal. */
    DISPUTE_RAISED("dispute-raised", Audience.QUALITY_TEAM),
    DEADLINE_MISSED("deadline-missed", Audience.QUALITY_TEAM),
    ACTION_OVERDUE("action-overdue", Audience.QUALITY_TEAM),
    /** A webhook delivery: the body is the CloudEvent. */
    WEBHOOK("webhook", Audience.INTEGRATION);

    public enum Audience { CUSTOMER, QUALITY_TEAM, INTEGRATION }

    private final String key;
    private final Audience audience;

    Template(String key, Audience audience) {
        this.key = key;
        this.audience = audience;
    }

    public String key() {
        return key;
    }

    public Audience audience() {
        return audience;
    }
}
