package io.rectify.complaint.projection;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintStatus;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.complaint.Customer;
import io.rectify.contracts.complaint.DueDates;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A complaint case as the API shows it. */
@Schema(name = "Complaint")
public record ComplaintDocument(UUID id,
                                @Schema(example = "CMP-2026-000123") String reference,
                                ComplaintStatus status,
                                @Schema(description = "The case's version: send it back as If-Match") long version,
                                @Schema(description = "The commands this status accepts now, e.g. acknowledgement")
                                List<String> allowedCommands,
                                Customer customer,
                                Channel channel,
                                Product product,
                                String lotNumber,
                                int quantityAffected,
                                int remainingStock,
                                String description,
                                Occurrence occurrence,
                                Severity severity,
                                Remedy requestedRemedy,
                                Instant receivedAt,
                                Instant acknowledgedAt,
                                Instant updatedAt,
                                DueDates dueDates) {

    public static ComplaintDocument of(Complaint complaint, long version, Instant updatedAt) {
        return new ComplaintDocument(complaint.id(), complaint.reference(), complaint.status(), version,
                complaint.allowedCommands(), complaint.customer(), complaint.channel(), complaint.product(),
                complaint.lotNumber(), complaint.quantityAffected(), complaint.remainingStock(), complaint.description(),
                complaint.occurrence(), complaint.severity(), complaint.requestedRemedy(), complaint.receivedAt(),
                complaint.acknowledgedAt(), updatedAt, complaint.dueDates());
    }
}
