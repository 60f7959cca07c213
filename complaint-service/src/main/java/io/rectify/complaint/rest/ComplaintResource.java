package io.rectify.complaint.rest;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.rest.api.ComplaintForm;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.complaint.rest.api.ComplaintApi;
import io.rectify.complaint.rest.api.Impact;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Containment;
import io.rectify.contracts.common.Effectiveness;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.http.AsOf;
import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.HistoryEntry;
import io.rectify.eventsourcing.paging.PageOf;
import io.rectify.eventsourcing.paging.Paging;
import io.rectify.eventsourcing.http.Problem;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.http.Versions;
import io.rectify.eventsourcing.idempotency.IdempotencyKeys;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import java.util.function.Function;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaint cases from the customer's form to closure")
public class ComplaintResource {

    private final ComplaintService complaints;
    private final RequestMetadata request;
    private final CommandBodies bodies;
    private final CaseCommands commands;

    public ComplaintResource(ComplaintService complaints, RequestMetadata request, CommandBodies bodies, CaseCommands commands) {
        this.complaints = complaints;
        this.request = request;
        this.bodies = bodies;
        this.commands = commands;
    }

    public record AcknowledgementRequest(@Size(max = 4_000) String comment) {
    }

    public record AnalysisRequest(@NotBlank @Size(max = 10_000) String rootCauseHypothesis,
                                  @Valid Impact impact,
                                  @Valid Containment containment,
                                  @Size(max = 4_000) String comment) {
    }

    public record CorrectiveActionRequestBody(
            @Schema(description = "The problem the CAR is to solve; the complaint's description when omitted")
            @Size(max = 10_000) String problemStatement,
            @Size(max = 4_000) String comment) {
    }

    public record ResponseRequest(
            @Schema(description = "The root cause as told to the customer; the CAR's root cause when omitted")
            @Size(max = 10_000) String rootCause,
            @NotBlank @Size(max = 10_000) String correctiveAction,
            @NotBlank @Size(max = 10_000) String preventiveAction,
            @Schema(description = "Required when answering without a CAR: why none is needed")
            @Size(max = 10_000) String noCarJustification,
            @Size(max = 4_000) String comment) {
    }

    public record FollowUpRequest(@NotNull Effectiveness result, @NotBlank @Size(max = 10_000) String observation) {
    }

    public record ClosureRequest(@Size(max = 4_000) String comment) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 4_000) String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Files a complaint (the customer's complaint form)",
            description = "Answers 201 with the new case, its Location and ETag. With an Idempotency-Key, repeating the "
                    + "request returns the same case (header Idempotent-Replayed: true) instead of creating another.")
    @APIResponse(responseCode = "201", description = "The case was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintDocument.class)))
    @APIResponse(responseCode = "400", description = "The form is not valid; errors name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different form",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> fileComplaint(@Parameter(description = "Any unique string, e.g. a UUID, to make retries safe")
                              @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                              @NotNull(message = "a complaint form is required") @Valid ComplaintForm form,
                              UriInfo uri) {
        return complaints.file(form, idempotencyKey, request.caller(), request.eventMetadata())
                .map(filing -> {
                    ComplaintDocument complaint = filing.complaint();
                    Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                            .tag(Versions.etag(complaint.version()))
                            .entity(complaint);
                    if (filing.replayed()) {
                        created.header("Idempotent-Replayed", "true");
                    }
                    return created.build();
                });
    }

    @GET
    @Operation(summary = "Lists complaint cases, newest first",
            description = "Filters combine; all are exact matches. Pages start at 0.")
    public Uni<PageOf<ComplaintDocument>> listComplaints(
            @Parameter(schema = @Schema(enumeration = {"RECEIVED", "ACKNOWLEDGED", "UNDER_ANALYSIS", "CORRECTIVE_ACTION",
                    "RESPONDED", "MONITORING", "CLOSED", "REJECTED"}))
            @QueryParam("status") String status,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @QueryParam("lotNumber") String lotNumber,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return complaints.list(new ComplaintService.Filter(status, customerId, partNumber, lotNumber), page, size, request.caller());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one case", description = "The ETag is the case's version; send it back as If-Match. "
            + "With asOf, the case as it stood then, without an ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintDocument.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an RFC 3339 date-time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case (or it did not exist yet at asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> getComplaint(@PathParam("id") UUID id,
                                      @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf);
        return at == null ? complaints.get(id, request.caller()).map(CaseCommands::withETag)
                : complaints.get(id, request.caller(), at).map(document -> Response.ok(document).build());
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The case's history, in order: who did what, when, and why",
            description = "100 events a page by default; a Link header (rel=next) points to the next page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public Uni<Response> events(@PathParam("id") UUID id,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                 @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Paging.MAX_HISTORY_SIZE) int size,
                                 @Context UriInfo uri) {
        return complaints.history(id, page, size, request.caller()).map(rows -> HistoryEntry.page(rows, page, size, uri));
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The case's hash chain and its verification",
            description = HashChains.CHAIN_DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HashChains.Chain.class)))
    @APIResponse(responseCode = "404", description = "No such case (or another customer's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<HashChains.Chain> audit(@PathParam("id") UUID id) {
        return complaints.audit(id, request.caller());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Acknowledges receipt of the complaint to the customer (RECEIVED)")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = AcknowledgementRequest.class)))
    @CommandResponses
    public Uni<Response> acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        AcknowledgementRequest request = bodies.read(body, AcknowledgementRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Acknowledge(request.comment(), at));
    }

    @POST
    @Path("/{id}/analysis")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Records the problem analysis: why it happened, what it affects, what is contained",
            description = "ACKNOWLEDGED becomes UNDER_ANALYSIS; recording it again refines the analysis.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnalysisRequest.class)))
    @CommandResponses
    public Uni<Response> analyse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        AnalysisRequest request = bodies.read(body, AnalysisRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Analyse(request.rootCauseHypothesis(),
                ComplaintApi.toContract(request.impact()), ApiValues.toContract(request.containment()), request.comment(), at));
    }

    @POST
    @Path("/{id}/corrective-action-request")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Asks for a corrective action (8D); car-service opens the CAR and the case follows it",
            description = "Allowed UNDER_ANALYSIS once the analysis is recorded; the case becomes CORRECTIVE_ACTION.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = CorrectiveActionRequestBody.class)))
    @CommandResponses
    public Uni<Response> requestCorrectiveAction(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                 byte[] body) {
        CorrectiveActionRequestBody request = bodies.read(body, CorrectiveActionRequestBody.class);
        return command(id, ifMatch, at -> new ComplaintCommand.RequestCorrectiveAction(request.problemStatement(),
                request.comment(), at));
    }

    @POST
    @Path("/{id}/response")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Answers the customer: root cause, corrective and preventive action",
            description = "Allowed once the linked CAR has a root cause, or UNDER_ANALYSIS with noCarJustification.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ResponseRequest.class)))
    @CommandResponses
    public Uni<Response> respond(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ResponseRequest request = bodies.read(body, ResponseRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Respond(request.rootCause(), request.correctiveAction(),
                request.preventiveAction(), request.noCarJustification(), request.comment(), at));
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Records what the follow-up at the customer found",
            description = "EFFECTIVE: the case is MONITORING and may close. NOT_EFFECTIVE: back to UNDER_ANALYSIS, "
                    + "and the linked CAR is reopened.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FollowUpRequest.class)))
    @CommandResponses
    public Uni<Response> followUp(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        FollowUpRequest request = bodies.read(body, FollowUpRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.RecordFollowUp(request.result(), request.observation(), at));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Closes the case and sends the customer a satisfaction survey",
            description = "Needs a follow-up that found the action EFFECTIVE, no open dispute, and the agreed remedy carried out.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = ClosureRequest.class)))
    @CommandResponses
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ClosureRequest request = bodies.read(body, ClosureRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Close(request.comment(), UUID.randomUUID(), at));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rejects the complaint, with the reason", description = "Allowed before a response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonRequest.class)))
    @CommandResponses
    public Uni<Response> rejectComplaint(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ReasonRequest request = bodies.read(body, ReasonRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Reject(request.reason(), at));
    }

    @POST
    @Path("/{id}/reopening")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reopens a CLOSED or REJECTED case, with the reason; it returns to UNDER_ANALYSIS")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonRequest.class)))
    @CommandResponses
    public Uni<Response> reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ReasonRequest request = bodies.read(body, ReasonRequest.class);
        return command(id, ifMatch, at -> new ComplaintCommand.Reopen(request.reason(), at));
    }

    private Uni<Response> command(UUID id, String ifMatch, Function<Instant, ComplaintCommand> command) {
        return commands.run(id, ifMatch, command);
    }
}
