package io.rectify.car.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rectify.car.domain.CarCommand;
import io.rectify.car.projection.CarDocument;
import io.rectify.car.rest.api.CarForm;
import io.rectify.car.service.CarService;
import io.rectify.eventsourcing.api.PlannedAction;
import io.rectify.eventsourcing.api.Prevention;
import io.rectify.eventsourcing.api.ProblemDescription;
import io.rectify.eventsourcing.api.RootCause;
import io.rectify.eventsourcing.api.TeamMember;
import io.rectify.eventsourcing.api.EightDValues;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Containment;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.eventsourcing.command.InvalidCommandException;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.http.AsOf;
import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.HistoryEntry;
import io.rectify.eventsourcing.paging.PageOf;
import io.rectify.eventsourcing.paging.Paging;
import io.rectify.eventsourcing.http.Problem;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.http.Versions;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@Path("/cars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CARs", description = "Corrective action requests run as 8D, D0 to D8")
public class CarResource {

    private final CarService cars;
    private final RequestMetadata request;
    private final CommandBodies bodies;

    public CarResource(CarService cars, RequestMetadata request, CommandBodies bodies) {
        this.cars = cars;
        this.request = request;
        this.bodies = bodies;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(CarDocument car, Instant printedAt, Instant asOf);
    }

    public record EmergencyResponseRequest(boolean stopShip, @PositiveOrZero int isolatedQuantity,
                                           @Size(max = 500) String location, @NotBlank @Size(max = 4_000) String actions) {
    }

    public record TeamRequest(@NotNull @Valid TeamMember leader, @Size(max = 30) List<@Valid TeamMember> members) {
    }

    public record ContainmentRequest(@NotNull @Valid Containment containment, @NotBlank @Size(max = 4_000) String verification) {
    }

    public record RootCauseRequest(@NotNull @Valid RootCause occurrence, @NotNull @Valid RootCause escape,
                                   @NotBlank @Size(max = 4_000) String verification) {
    }

    public record ActionsRequest(@NotEmpty @Size(max = 50) List<@Valid PlannedAction> actions) {
    }

    public record CompletionRequest(@NotBlank @Size(max = 4_000) String evidence) {
    }

    public record VerificationRequest(@NotNull Effectiveness result, @NotBlank @Size(max = 4_000) String criteria,
                                      LocalDate observedFrom, LocalDate observedUntil,
                                      @NotBlank @Size(max = 10_000) String observation) {
    }

    public record ClosureRequest(@NotBlank @Size(max = 10_000) String lessonsLearned) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a CAR by hand, for a nonconformity found internally",
            description = "CARs for complaints open by themselves when a complaint requests corrective action.")
    @APIResponse(responseCode = "201", description = "The CAR was opened",
            content = @Content(schema = @Schema(implementation = CarDocument.class)))
    @APIResponse(responseCode = "400", description = "The form is not valid; errors name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> open(@NotNull(message = "a CAR form is required") @Valid CarForm form, UriInfo uri) {
        return cars.open(form, request.eventMetadata()).map(car -> Response
                .created(uri.getAbsolutePathBuilder().path(car.id().toString()).build())
                .tag(Versions.etag(car.version()))
                .entity(car)
                .build());
    }

    @GET
    @Operation(summary = "Lists CARs, newest first")
    public Uni<PageOf<CarDocument>> listCars(@QueryParam("complaintId") UUID complaintId,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return cars.list(complaintId, status, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one CAR", description = "The ETag is the CAR's version; send it back as If-Match. "
            + "With asOf, the CAR as it stood then, without an ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CarDocument.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an RFC 3339 date-time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such CAR (or it did not exist yet at asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> getCar(@PathParam("id") UUID id,
                                @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf);
        return at == null ? cars.get(id).map(CarResource::withETag)
                : cars.fromEvents(id, at).map(car -> Response.ok(car).build());
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The CAR's history, in order: who did what, when",
            description = "100 events a page by default; a Link header (rel=next) points to the next page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public Uni<Response> events(@PathParam("id") UUID id,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                 @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Paging.MAX_HISTORY_SIZE) int size,
                                 @Context UriInfo uri) {
        return cars.history(id, page, size).map(rows -> HistoryEntry.page(rows, page, size, uri));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The CAR's hash chain and its verification",
            description = HashChains.CHAIN_DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HashChains.Chain.class)))
    @APIResponse(responseCode = "404", description = "No such CAR",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<HashChains.Chain> audit(@PathParam("id") UUID id) {
        return cars.audit(id);
    }

    @GET
    @Path("/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The 8D report, printable, built from the CAR's events",
            description = "With asOf, the report as it stood then.")
    public Uni<String> report(@PathParam("id") UUID id,
                              @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf);
        return cars.fromEvents(id, at).map(car -> Templates.report(car, Instant.now(), at).render());
    }

    @POST
    @Path("/{id}/emergency-response")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D0: what was done at once (stop-ship, isolated quantity and location)")
    @RequestBody(content = @Content(schema = @Schema(implementation = EmergencyResponseRequest.class)))
    @CommandResponses
    public Uni<Response> emergencyResponse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        EmergencyResponseRequest d0 = bodies.read(body, EmergencyResponseRequest.class);
        return step(id, ifMatch, at -> new CarCommand.RecordEmergencyResponse(d0.stopShip(), d0.isolatedQuantity(), d0.location(),
                d0.actions(), at));
    }

    @POST
    @Path("/{id}/team")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D1: the team, with its leader")
    @RequestBody(content = @Content(schema = @Schema(implementation = TeamRequest.class)))
    @CommandResponses
    public Uni<Response> team(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        TeamRequest d1 = bodies.read(body, TeamRequest.class);
        return step(id, ifMatch, at -> new CarCommand.FormTeam(EightDValues.toContract(d1.leader()), EightDValues.toContract(d1.members()), at));
    }

    @POST
    @Path("/{id}/problem-description")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D2: the problem in 5W2H, is / is-not, with quantities")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProblemDescription.class)))
    @CommandResponses
    public Uni<Response> problemDescription(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ProblemDescription d2 = bodies.read(body, ProblemDescription.class);
        return step(id, ifMatch, at -> new CarCommand.DescribeProblem(EightDValues.toContract(d2), at));
    }

    @POST
    @Path("/{id}/containment")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D3: containment at the customer, in transit and in-house, with quantities and its verification")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContainmentRequest.class)))
    @CommandResponses
    public Uni<Response> containment(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ContainmentRequest d3 = bodies.read(body, ContainmentRequest.class);
        io.rectify.contracts.common.Containment containment = ApiValues.toContract(d3.containment());
        if (!containment.isRecorded()) {
            throw InvalidCommandException.of("containment", "name at least one location: atCustomer, inTransit or inHouse");
        }
        return step(id, ifMatch, at -> new CarCommand.RecordContainment(containment, d3.verification(), at));
    }

    @POST
    @Path("/{id}/root-cause")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D4: the occurrence and the escape root cause, how they were found and verified")
    @RequestBody(content = @Content(schema = @Schema(implementation = RootCauseRequest.class)))
    @CommandResponses
    public Uni<Response> rootCause(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        RootCauseRequest d4 = bodies.read(body, RootCauseRequest.class);
        return step(id, ifMatch, at -> new CarCommand.DetermineRootCause(EightDValues.toContract(d4.occurrence()),
                EightDValues.toContract(d4.escape()), d4.verification(), at));
    }

    @POST
    @Path("/{id}/corrective-actions")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D5: the permanent actions, each with id, owner and due date",
            description = "Planning again replaces the actions not yet completed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ActionsRequest.class)))
    @CommandResponses
    public Uni<Response> correctiveActions(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ActionsRequest d5 = bodies.read(body, ActionsRequest.class);
        return step(id, ifMatch, at -> new CarCommand.PlanActions(d5.actions().stream().map(EightDValues::toContract).toList(), at));
    }

    @POST
    @Path("/{id}/corrective-actions/{actionId}/completion")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D6: one action implemented, with the evidence")
    @RequestBody(content = @Content(schema = @Schema(implementation = CompletionRequest.class)))
    @CommandResponses
    public Uni<Response> completion(@PathParam("id") UUID id, @PathParam("actionId") String actionId,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        CompletionRequest d6 = bodies.read(body, CompletionRequest.class);
        return step(id, ifMatch, at -> new CarCommand.CompleteAction(actionId, d6.evidence(), at));
    }

    @POST
    @Path("/{id}/prevention")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D7: PFMEA, control plan, work instructions, similar products")
    @RequestBody(content = @Content(schema = @Schema(implementation = Prevention.class)))
    @CommandResponses
    public Uni<Response> prevention(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        io.rectify.contracts.car.Prevention d7 = EightDValues.toContract(bodies.read(body, Prevention.class));
        if (d7.isEmpty()) {
            throw InvalidCommandException.of("prevention",
                    "say what prevents recurrence: pfmeaUpdate, controlPlanUpdate, workInstructionUpdates or similarProducts");
        }
        return step(id, ifMatch, at -> new CarCommand.DefinePrevention(d7, at));
    }

    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Effectiveness against criteria over an observation window",
            description = "EFFECTIVE allows closure; NOT_EFFECTIVE sends the CAR back to D4.")
    @RequestBody(content = @Content(schema = @Schema(implementation = VerificationRequest.class)))
    @CommandResponses
    public Uni<Response> verification(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        VerificationRequest verification = bodies.read(body, VerificationRequest.class);
        return step(id, ifMatch, at -> new CarCommand.Verify(verification.result(), verification.criteria(),
                verification.observedFrom(), verification.observedUntil(), verification.observation(), at));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "D8: closes the CAR with the lessons learned",
            description = "Needs an EFFECTIVE verification and every action complete.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClosureRequest.class)))
    @CommandResponses
    public Uni<Response> closure(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ClosureRequest d8 = bodies.read(body, ClosureRequest.class);
        return step(id, ifMatch, at -> new CarCommand.Close(d8.lessonsLearned(), at));
    }

    @POST
    @Path("/{id}/report/sharing")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Shares the 8D report, as it stands, with the customer of the complaint",
            description = "The customer sees it on their case (correctiveAction.report) and in the portal; sharing again "
                    + "replaces it with the current state, sharing an unchanged report records nothing. Any step, "
                    + "from an interim report after containment to the closed 8D; not for a CAR raised without a complaint.")
    @CommandResponses
    public Uni<Response> shareReport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return step(id, ifMatch, CarCommand.ShareReport::new);
    }

    private Uni<Response> step(UUID id, String ifMatch, Function<Instant, CarCommand> command) {
        return cars.handle(id, Versions.fromIfMatch(ifMatch), request.eventMetadata(), command).map(CarResource::withETag);
    }

    private static Response withETag(CarDocument car) {
        return Response.ok(car).tag(Versions.etag(car.version())).build();
    }
}
