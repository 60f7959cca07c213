package io.rectify.contracts.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * An earlier complaint that may concern the same defect: the same part and lot, or the same part
 * within twelve months.
 */
public record RelatedComplaint(UUID complaintId, String reference, Reason reason, Instant receivedAt) {

    public enum Reason {
        SAME_PART_AND_LOT, SAME_PART_WITHIN_12_MONTHS
    }
}
