package io.rectify.contracts.complaint;

/** The two sides of a dispute. */
public enum Party {
    CUSTOMER, SUPPLIER;

    public Party other() {
        return this == CUSTOMER ? SUPPLIER : CUSTOMER;
    }
}
