package io.rectify.complaint.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rectify.complaint.domain.ComplaintCommand.DisputeCommand;
import io.rectify.complaint.domain.Dispute;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.audit.SignatureCheck;
import io.rectify.complaint.rest.api.ComplaintApi;
import io.rectify.complaint.rest.api.Mediator;
import io.rectify.complaint.rest.api.RemedyOffer;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.contracts.complaint.Contested;
import io.rectify.contracts.complaint.EvidenceType;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Resolution;
import io.rectify.eventsourcing.api.ApiValues;
import io.rectify.eventsourcing.api.Money;
import io.rectify.eventsourcing.http.AsOf;
import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dispute on a case, in the steps of ISO 10003: the customer states the issue, both sides bring
 * evidence and exchange proposals, the accepted terms are signed by both, or a mediator decides;
 * then what was agreed is followed up.
 */
@Path("/complaints/{id}/dispute")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Disputes", description = "From the customer's objection to a signed settlement or a mediator's outcome")
public class DisputeResource {

    private final CommandBodies bodies;
    private final CaseCommands commands;
    private final ComplaintService complaints;

    public DisputeResource(CommandBodies bodies, CaseCommands commands, ComplaintService complaints) {
        this.bodies = bodies;
        this.commands = commands;
        this.complaints = complaints;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settlement(ComplaintDocument complaint, io.rectify.complaint.rest.api.Dispute dispute,
                                                  List<SignatureCheck> signatures, Instant printedAt, Instant asOf);
    }

    @GET
    @Path("/settlement")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The written settlement both parties signed, printable",
            description = "The latest settled dispute, or the one named by ?dispute=<number>; each signature with what it "
                    + "signed, as stored, and how to verify it. " + AsOf.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The signed settlement, printable", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such case, or no settlement signed by both on it (at asOf)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> settlement(@PathParam("id") UUID id, @QueryParam("dispute") Integer number,
                                  @Parameter(description = AsOf.DESCRIPTION) @QueryParam(AsOf.PARAMETER) String asOf) {
        Instant at = AsOf.parse(asOf);
        return complaints.get(id, commands.caller(), at).map(complaint -> {
            io.rectify.complaint.rest.api.Dispute dispute = complaint.disputes().stream()
                    .filter(d -> d.status() == Dispute.DisputeStatus.SETTLED && (number == null || d.number() == number))
                    .reduce((earlier, later) -> later)
                    .orElseThrow(() -> new NotFoundException("complaint " + complaint.reference() + " has no settlement signed by both"
                            + (number == null ? "" : " for dispute " + number) + (at == null ? "" : " at " + at)));
            return Templates.settlement(complaint, dispute, dispute.signatures().stream().map(SignatureCheck::of).toList(),
                    Instant.now(), at).render();
        });
    }

    public record DisputeRequest(@NotNull Contested contests,
                                 @Schema(description = "What the customer objects to, in their words") @NotBlank @Size(max = 10_000) String issueStatement,
                                 @Schema(description = "What the customer asks for") @NotBlank @Size(max = 10_000) String customerClaim,
                                 @Valid Money amountInDispute) {
    }

    public record EvidenceRequest(@NotNull EvidenceType type,
                                  @NotBlank @Size(max = 4_000) String description,
                                  @Schema(description = "Where the file is kept, e.g. the document system")
                                  @Size(max = 2_000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String link,
                                  @Schema(description = "Of the linked file, as algorithm:hex", example = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                  @Size(max = 200) @Pattern(regexp = "(sha256|sha512):[0-9a-f]{64,128}", message = "must be sha256:<64 hex> or sha512:<128 hex>") String checksum,
                                  @Schema(description = "Optional: the caller's own side (a customer is CUSTOMER, staff SUPPLIER); naming the other is 403")
                                  Party submittedBy,
                                  @Schema(description = "Who brings it; the signed-in user's name when left out")
                                  @Size(max = 200) String submitterName) {
    }

    public record ProposalRequest(@Schema(description = "Optional: the caller's own side; naming the other is 403") Party proposedBy,
                                  @NotBlank @Size(max = 10_000) String terms,
                                  @Schema(description = "The remedy these terms agree; leave out to keep the case's remedy") @Valid RemedyOffer remedy,
                                  @Schema(description = "Whether the case is analysed again") boolean reanalysis) {

        Resolution resolution() {
            return ComplaintApi.resolution(terms, remedy, reanalysis);
        }
    }

    public record AcceptanceRequest(@Schema(description = "Optional: the caller's own side; naming the other is 403") Party acceptedBy,
                                    @Size(max = 4_000) String comment) {
    }

    public record ProposalRejectionRequest(@Schema(description = "Optional: the caller's own side; naming the other is 403") Party rejectedBy,
                                           @NotBlank @Size(max = 4_000) String reason) {
    }

    public record SignatureRequest(@Schema(description = "Optional: the caller's own side; nobody signs for the other party (403)") Party party,
                                   @NotBlank @Size(max = 200) String name,
                                   @NotBlank @Size(max = 200) String role,
                                   @Schema(description = "Whom and what the signature binds", example = "Elektro Nord d.o.o., under its general terms")
                                   @NotBlank @Size(max = 1_000) String signsFor) {
    }

    public record MediationRequest(@NotNull @Valid Mediator mediator, @NotBlank @Size(max = 4_000) String reason) {
    }

    public record OutcomeRequest(@NotBlank @Size(max = 10_000) String terms,
                                 @Valid RemedyOffer remedy,
                                 boolean reanalysis) {
    }

    public record WithdrawalRequest(@NotBlank @Size(max = 4_000) String reason) {
    }

    public record DisputeFollowUpRequest(@NotNull Boolean honoured, @NotBlank @Size(max = 10_000) String observation) {
    }

    @POST
    @Operation(summary = "The customer contests the rejection, the response or the remedy: a dispute opens",
            description = "The case cannot close while the dispute is open. Contesting a remedy offered turns it down.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DisputeRequest.class)))
    @CommandResponses
    public Uni<Response> open(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        DisputeRequest request = bodies.read(body, DisputeRequest.class);
        return commands.run(id, ifMatch, at -> new DisputeCommand.OpenDispute(request.contests(), request.issueStatement(),
                request.customerClaim(), ApiValues.toContract(request.amountInDispute()), at));
    }

    @POST
    @Path("/evidence")
    @Operation(summary = "Either party submits evidence: what it is, where it is kept, its checksum, who brings it")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvidenceRequest.class)))
    @CommandResponses
    public Uni<Response> evidence(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        EvidenceRequest request = bodies.read(body, EvidenceRequest.class);
        UUID evidenceId = UUID.randomUUID();
        Party party = commands.party(request.submittedBy(), "submittedBy");
        String submitter = request.submitterName() == null || request.submitterName().isBlank()
                ? commands.caller().name() : request.submitterName();
        return commands.run(id, ifMatch, at -> new DisputeCommand.SubmitEvidence(evidenceId, request.type(),
                request.description(), request.link(), request.checksum(), party, submitter, at));
    }

    @POST
    @Path("/proposals")
    @Operation(summary = "Either party proposes terms; answering the other side's open proposal with new terms counters it")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProposalRequest.class)))
    @CommandResponses
    public Uni<Response> proposeSettlement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ProposalRequest request = bodies.read(body, ProposalRequest.class);
        UUID proposalId = UUID.randomUUID();
        Party party = commands.party(request.proposedBy(), "proposedBy");
        return commands.run(id, ifMatch, at -> new DisputeCommand.ProposeSettlement(proposalId, party,
                request.resolution(), at));
    }

    @POST
    @Path("/proposals/{proposalId}/acceptance")
    @Operation(summary = "The other party accepts the proposal; its terms become the settlement both sign")
    @RequestBody(content = @Content(schema = @Schema(implementation = AcceptanceRequest.class)))
    @CommandResponses
    public Uni<Response> acceptProposal(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        AcceptanceRequest request = bodies.read(body, AcceptanceRequest.class);
        Party party = commands.party(request.acceptedBy(), "acceptedBy");
        return commands.run(id, ifMatch, at -> new DisputeCommand.AcceptProposal(proposalId, party,
                request.comment(), at));
    }

    @POST
    @Path("/proposals/{proposalId}/rejection")
    @Operation(summary = "The other party turns the proposal down")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProposalRejectionRequest.class)))
    @CommandResponses
    public Uni<Response> rejectProposal(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        ProposalRejectionRequest request = bodies.read(body, ProposalRejectionRequest.class);
        Party party = commands.party(request.rejectedBy(), "rejectedBy");
        return commands.run(id, ifMatch, at -> new DisputeCommand.RejectProposal(proposalId, party,
                request.reason(), at));
    }

    @POST
    @Path("/settlement/signatures")
    @Operation(summary = "A party signs the written settlement",
            description = "Each signature carries the SHA-256 of the terms it signs. With the second signature the dispute is "
                    + "SETTLED, binds both, and nothing of it can change; the case continues from its terms.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SignatureRequest.class)))
    @CommandResponses
    public Uni<Response> sign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        SignatureRequest request = bodies.read(body, SignatureRequest.class);
        Party party = commands.party(request.party(), "party");
        return commands.run(id, ifMatch, at -> new DisputeCommand.SignSettlement(party, request.name(),
                request.role(), request.signsFor(), commands.signer(), at));
    }

    @POST
    @Path("/mediation")
    @Operation(summary = "Escalates to a third-party mediator",
            description = "After a proposal was turned down, or when a follow-up found a settlement not honoured.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MediationRequest.class)))
    @CommandResponses
    public Uni<Response> mediate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        MediationRequest request = bodies.read(body, MediationRequest.class);
        return commands.run(id, ifMatch, at -> new DisputeCommand.StartMediation(ComplaintApi.toContract(request.mediator()),
                request.reason(), at));
    }

    @POST
    @Path("/mediation/outcome")
    @Operation(summary = "Records the mediator's outcome; the case continues from it")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutcomeRequest.class)))
    @CommandResponses
    public Uni<Response> outcome(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        OutcomeRequest request = bodies.read(body, OutcomeRequest.class);
        return commands.run(id, ifMatch, at -> new DisputeCommand.ConcludeMediation(
                ComplaintApi.resolution(request.terms(), request.remedy(), request.reanalysis()), at));
    }

    @POST
    @Path("/withdrawal")
    @Operation(summary = "The customer withdraws the dispute")
    @RequestBody(content = @Content(schema = @Schema(implementation = WithdrawalRequest.class)))
    @CommandResponses
    public Uni<Response> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        WithdrawalRequest request = bodies.read(body, WithdrawalRequest.class);
        return commands.run(id, ifMatch, at -> new DisputeCommand.WithdrawDispute(request.reason(), at));
    }

    @POST
    @Path("/follow-ups")
    @Operation(summary = "Records whether what was settled or mediated has been carried out")
    @RequestBody(content = @Content(schema = @Schema(implementation = DisputeFollowUpRequest.class)))
    @CommandResponses
    public Uni<Response> followUpDispute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        DisputeFollowUpRequest request = bodies.read(body, DisputeFollowUpRequest.class);
        return commands.run(id, ifMatch, at -> new DisputeCommand.RecordDisputeFollowUp(request.honoured(),
                request.observation(), at));
    }
}
