package io.rectify.complaint.rest;

import io.rectify.complaint.domain.DueDatePolicy;
import io.rectify.complaint.service.DeadlineProfiles;
import io.rectify.contracts.common.Severity;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/deadline-profiles/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadline profiles", description = "Due dates per customer and severity (quality agreements)")
public class DeadlineProfileResource {

    private final DeadlineProfiles profiles;
    private final RequestMetadata request;

    public DeadlineProfileResource(DeadlineProfiles profiles, RequestMetadata request) {
        this.profiles = profiles;
        this.request = request;
    }

    /** Durations in ISO-8601, e.g. PT4H, P10D; containment may be left out where it is not owed early. */
    @Schema(name = "DueDates")
    public record Durations(@NotNull @Schema(example = "PT24H") Duration acknowledgement,
                            @Schema(example = "PT24H") Duration containment,
                            @NotNull @Schema(example = "P10D") Duration response,
                            @NotNull @Schema(example = "P60D") Duration closure) {

        static Durations of(DueDatePolicy policy) {
            return new Durations(policy.acknowledgement(), policy.containment(), policy.response(), policy.closure());
        }

        DueDatePolicy toPolicy() {
            return new DueDatePolicy(acknowledgement, containment, response, closure);
        }
    }

    @GET
    @Operation(summary = "The due dates this customer's complaints get, per severity")
    public Uni<Map<Severity, Durations>> getDeadlineProfile(@PathParam("customerId") @Size(min = 1, max = 100) String customerId) {
        return profiles.profileOf(customerId).map(DeadlineProfileResource::toDurations);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the due dates of this customer's complaints, per severity",
            description = "Severities left out get the defaults. Applies to complaints filed from now on.")
    public Uni<Map<Severity, Durations>> put(@PathParam("customerId") @Size(min = 1, max = 100) String customerId,
                                             @NotNull(message = "a profile is required") Map<Severity, @NotNull @Valid Durations> profile) {
        Map<Severity, DueDatePolicy> policies = new EnumMap<>(Severity.class);
        List<InvalidCommandException.FieldError> errors = new ArrayList<>();
        profile.forEach((severity, durations) -> {
            check(errors, severity + ".acknowledgement", durations.acknowledgement());
            check(errors, severity + ".containment", durations.containment());
            check(errors, severity + ".response", durations.response());
            check(errors, severity + ".closure", durations.closure());
            policies.put(severity, durations.toPolicy());
        });
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
        return profiles.replace(customerId, policies, request.caller().username()).map(DeadlineProfileResource::toDurations);
    }

    @DELETE
    @Operation(summary = "Returns this customer to the default due dates")
    public Uni<Map<Severity, Durations>> reset(@PathParam("customerId") String customerId) {
        return profiles.reset(customerId).chain(() -> profiles.profileOf(customerId)).map(DeadlineProfileResource::toDurations);
    }

    private static void check(List<InvalidCommandException.FieldError> errors, String field, Duration duration) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            errors.add(new InvalidCommandException.FieldError(field, "must be a positive duration, e.g. PT24H or P10D"));
        }
    }

    private static Map<Severity, Durations> toDurations(Map<Severity, DueDatePolicy> profile) {
        Map<Severity, Durations> durations = new LinkedHashMap<>();
        profile.forEach((severity, policy) -> durations.put(severity, Durations.of(policy)));
        return durations;
    }
}
