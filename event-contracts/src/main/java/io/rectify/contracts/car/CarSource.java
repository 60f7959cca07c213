package io.rectify.contracts.car;

/** Where the nonconformity behind a CAR was found. */
public enum CarSource {
    CUSTOMER, INCOMING_INSPECTION, PRODUCTION, INTERNAL_AUDIT, SUPPLIER
}
