package io.rectify.complaint.rest;

import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.service.ComplaintForm;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.HistoryEntry;
import io.rectify.eventsourcing.http.Problem;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.http.Versions;
import io.rectify.eventsourcing.idempotency.IdempotencyKeys;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.util.List;
import java.util.UUID;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Complaint cases from the customer's form to closure")
public class ComplaintResource {

    private final ComplaintService complaints;
    private final RequestMetadata request;
    private final CommandBodies bodies;

    public ComplaintResource(ComplaintService complaints, RequestMetadata request, CommandBodies bodies) {
        this.complaints = complaints;
        this.request = request;
        this.bodies = bodies;
    }

    public record AcknowledgementRequest(@Size(max = 4_000) String comment) {
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
    public Uni<Response> file(@Parameter(description = "Any unique string, e.g. a UUID, to make retries safe")
                              @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                              @NotNull(message = "a complaint form is required") @Valid ComplaintForm form,
                              UriInfo uri) {
        return complaints.file(form, idempotencyKey, request.eventMetadata())
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
    public Uni<ComplaintService.PageOf<ComplaintDocument>> list(
            @Parameter(schema = @Schema(enumeration = {"RECEIVED", "ACKNOWLEDGED", "UNDER_ANALYSIS", "CORRECTIVE_ACTION",
                    "RESPONDED", "MONITORING", "CLOSED", "REJECTED"}))
            @QueryParam("status") String status,
            @QueryParam("customerId") String customerId,
            @QueryParam("partNumber") String partNumber,
            @QueryParam("lotNumber") String lotNumber,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return complaints.list(new ComplaintService.Filter(status, customerId, partNumber, lotNumber), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Reads one case", description = "The ETag is the case's version; send it back as If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintDocument.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return complaints.get(id).map(ComplaintResource::withETag);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "The case's full history, in order: who did what, when, and why")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public Uni<List<HistoryEntry>> events(@PathParam("id") UUID id) {
        return complaints.history(id).map(HistoryEntry::of);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledges receipt of the complaint to the customer",
            description = "Allowed while the case is RECEIVED. With If-Match, answers 412 if the case changed meanwhile.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintDocument.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the case's status; lists the allowed commands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = AcknowledgementRequest.class)))
    public Uni<Response> acknowledge(@PathParam("id") UUID id,
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     byte[] body) {
        AcknowledgementRequest acknowledgement = bodies.read(body, AcknowledgementRequest.class);
        return complaints.acknowledge(id, Versions.fromIfMatch(ifMatch), acknowledgement.comment(), request.eventMetadata())
                .map(ComplaintResource::withETag);
    }

    private static Response withETag(ComplaintDocument complaint) {
        return Response.ok(complaint).tag(Versions.etag(complaint.version())).build();
    }
}
