package io.rectify.complaint.rest;

import io.rectify.complaint.domain.ComplaintCommand.RemedyCommand;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Money;
import io.rectify.contracts.complaint.FulfilmentStep;
import io.rectify.contracts.complaint.Remedy;
import io.rectify.contracts.complaint.RemedyOffer;
import io.rectify.eventsourcing.http.CommandBodies;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The remedy on a case: offered by the supplier, accepted or rejected by the customer, then carried out. */
@Path("/complaints/{id}/remedy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Remedies", description = "Return, repair, replacement, credit, or none with a justification")
public class RemedyResource {

    private final CommandBodies bodies;
    private final CaseCommands commands;

    public RemedyResource(CommandBodies bodies, CaseCommands commands) {
        this.bodies = bodies;
        this.commands = commands;
    }

    public record RemedyRequest(@NotNull Remedy type,
                                @Schema(description = "RETURN: the RMA number the goods travel under") @Size(max = 50) String rmaNumber,
                                @Schema(description = "RETURN, REPAIR, REPLACEMENT: pieces covered") @Positive Integer quantity,
                                @Schema(description = "CREDIT: amount and ISO 4217 currency") @Valid Money credit,
                                @Schema(description = "NONE: why nothing is owed") @Size(max = 4_000) String justification,
                                @Size(max = 4_000) String comment) {
    }

    public record AnswerRequest(@Size(max = 4_000) String comment) {
    }

    public record RejectionRequest(@NotBlank @Size(max = 4_000) String reason) {
    }

    public record FulfilmentRequest(@NotNull FulfilmentStep step,
                                    @Positive Integer quantity,
                                    @Schema(description = "e.g. the delivery note or credit note number") @Size(max = 100) String documentReference,
                                    @Size(max = 4_000) String note) {
    }

    @POST
    @Operation(summary = "Offers the customer a remedy",
            description = "Replaces an earlier offer the customer has not accepted. Not while a dispute is open: the dispute settles it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RemedyRequest.class)))
    @CommandResponses
    public Uni<Response> proposeRemedy(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        RemedyRequest request = bodies.read(body, RemedyRequest.class);
        RemedyOffer offer = new RemedyOffer(request.type(), request.rmaNumber(), request.quantity(),
                ApiValues.toContract(request.credit()), request.justification());
        return commands.run(id, ifMatch, at -> new RemedyCommand.ProposeRemedy(offer, request.comment(), at));
    }

    @POST
    @Path("/acceptance")
    @Operation(summary = "The customer accepts the remedy offered")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = AnswerRequest.class)))
    @CommandResponses
    public Uni<Response> acceptRemedy(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        AnswerRequest request = bodies.read(body, AnswerRequest.class);
        return commands.run(id, ifMatch, at -> new RemedyCommand.AcceptRemedy(request.comment(), at));
    }

    @POST
    @Path("/rejection")
    @Operation(summary = "The customer rejects the remedy offered",
            description = "A new offer may follow; to contest it formally, open a dispute (POST /complaints/{id}/dispute).")
    @RequestBody(content = @Content(schema = @Schema(implementation = RejectionRequest.class)))
    @CommandResponses
    public Uni<Response> rejectRemedy(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        RejectionRequest request = bodies.read(body, RejectionRequest.class);
        return commands.run(id, ifMatch, at -> new RemedyCommand.RejectRemedy(request.reason(), at));
    }

    @POST
    @Path("/fulfilment")
    @Operation(summary = "Records a step of carrying out the agreed remedy",
            description = "RETURN: GOODS_RECEIVED. REPAIR: GOODS_RECEIVED, REPAIRED, SHIPPED. REPLACEMENT: SHIPPED. "
                    + "CREDIT: CREDIT_ISSUED. Steps come in this order; the last one fulfils the remedy.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FulfilmentRequest.class)))
    @CommandResponses
    public Uni<Response> fulfil(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        FulfilmentRequest request = bodies.read(body, FulfilmentRequest.class);
        return commands.run(id, ifMatch, at -> new RemedyCommand.RecordFulfilment(request.step(), request.quantity(),
                request.documentReference(), request.note(), at));
    }
}
