package io.rectify.contracts.complaint;

import java.util.List;

/** A step in carrying out a remedy. */
public enum FulfilmentStep {
    GOODS_RECEIVED, REPAIRED, SHIPPED, CREDIT_ISSUED;

    /** The steps a remedy goes through, in order; the last one fulfils it. */
    public static List<FulfilmentStep> of(Remedy remedy) {
        return switch (remedy) {
            case RETURN -> List.of(GOODS_RECEIVED);
            case REPAIR -> List.of(GOODS_RECEIVED, REPAIRED, SHIPPED);
            case REPLACEMENT -> List.of(SHIPPED);
            case CREDIT -> List.of(CREDIT_ISSUED);
            case NONE -> List.of();
        };
    }
}
