package io.rectify.complaint.rest.api;

import io.rectify.contracts.complaint.Channel;
import io.rectify.contracts.common.Language;
import io.rectify.contracts.complaint.Phase;
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
}
