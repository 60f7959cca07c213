package io.rectify.contracts.common;

/**
 * Containment of suspect stock wherever it is (8D D3, or the complaint's first analysis): at the
 * customer, in transit, in-house. A location that holds none is left out.
 */
public record Containment(ContainedStock atCustomer, ContainedStock inTransit, ContainedStock inHouse) {

    /** Whether any location has an action. */
    public boolean isRecorded() {
        return atCustomer != null || inTransit != null || inHouse != null;
    }
}
