package io.rectify.car.rest.api;

import io.rectify.contracts.car.CarSource;
import io.rectify.eventsourcing.api.Containment;
import io.rectify.eventsourcing.api.Customer;
import io.rectify.eventsourcing.api.Product;
import io.rectify.contracts.common.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CAR raised by hand for a nonconformity found internally (or reported outside a complaint). */
@Schema(name = "CarForm")
public record CarForm(@NotNull CarSource source,
                      @NotBlank @Size(max = 10_000) String problemStatement,
                      @NotNull @Valid Product product,
                      @Size(max = 100) String lotNumber,
                      @NotNull Severity severity,
                      @Schema(description = "The customer concerned, if any") @Valid Customer customer,
                      @Schema(description = "What was contained already, if anything") @Valid Containment containment) {
}
