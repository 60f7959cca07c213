package io.rectify.notification.domain;

/** What a notification says; the name is the template's key. */
public enum Template {
    /** ISO 10002: every complaint is acknowledged to the customer at once, with its reference. */
    RECEIPT_ACKNOWLEDGEMENT("receipt-acknowledgement");

    private final String key;

    Template(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
