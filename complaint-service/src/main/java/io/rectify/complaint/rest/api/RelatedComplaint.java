package io.rectify.complaint.rest.api;

import java.time.Instant;
import java.util.UUID;

/** Another complaint that may concern the same defect, and why it is thought to. */
public record RelatedComplaint(UUID complaintId, String reference, io.rectify.contracts.complaint.RelatedComplaint.Reason reason,
                               Instant receivedAt) {
}
