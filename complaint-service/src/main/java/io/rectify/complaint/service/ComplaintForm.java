package io.rectify.complaint.service;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.domain.DueDatePolicy;
import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.common.Customer;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.complaint.Occurrence;
import io.rectify.contracts.complaint.Phase;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.rectify.contracts.common.Product;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.common.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The official complaint form (seed step 1): what the problem is, under which conditions and
 * when it occurred, and the stock the customer still holds.
 */
@Schema(name = "ComplaintForm")
public record ComplaintForm(@NotNull @Valid CustomerForm customer,
                            @NotNull Channel channel,
                            @NotNull @Valid ProductForm product,
                            @NotBlank @Size(max = 100) String lotNumber,
                            @NotNull @Positive Integer quantityAffected,
                            @NotNull @PositiveOrZero Integer remainingStock,
                            @NotBlank @Size(max = 10_000) String description,
                            @NotNull @Valid OccurrenceForm occurrence,
                            @NotNull Severity severity,
                            @Schema(description = "What the customer asks for; NONE when omitted") Remedy requestedRemedy) {

    public record CustomerForm(@NotBlank @Size(max = 100) String id,
                               @NotBlank @Size(max = 200) String name,
                               @NotBlank @Email @Size(max = 254) String email,
                               @Schema(description = "en, el or sr; mails are in English when omitted") Language language) {
    }

    public record ProductForm(@NotBlank @Size(max = 100) String partNumber,
                              @Size(max = 200) String name) {
    }

    public record OccurrenceForm(@NotBlank @Size(max = 4_000) String conditions,
                                 @NotNull @PastOrPresent Instant occurredAt,
                                 @NotNull Phase phase) {
    }

    ComplaintCommand.File toCommand(String reference, Instant receivedAt, DueDatePolicy policy,
                                    List<RelatedComplaint> relatedComplaints) {
        return new ComplaintCommand.File(reference,
                new Customer(customer.id().trim(), customer.name().trim(), customer.email().trim(), customer.language()),
                channel,
                new Product(product.partNumber().trim(), product.name() == null ? null : product.name().trim()),
                lotNumber.trim(), quantityAffected, remainingStock, description.trim(),
                new Occurrence(occurrence.conditions().trim(), occurrence.occurredAt(), occurrence.phase()),
                severity, requestedRemedy, receivedAt, policy, relatedComplaints);
    }
}
