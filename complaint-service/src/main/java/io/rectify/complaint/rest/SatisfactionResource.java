package io.rectify.complaint.rest;

import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.service.SurveyTokenCheck;
import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/** The customer's answer to the satisfaction survey of a closed case, with the one-time token of the mailed link. */
@Path("/complaints/{id}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Satisfaction", description = "The survey a closure sends, answered once")
public class SatisfactionResource {

    private final CommandBodies bodies;
    private final CaseCommands commands;
    private final SurveyTokenCheck tokens;

    public SatisfactionResource(CommandBodies bodies, CaseCommands commands, SurveyTokenCheck tokens) {
        this.bodies = bodies;
        this.commands = commands;
        this.tokens = tokens;
    }

    public record SatisfactionRequest(@Schema(description = "The token of the survey link in the closure mail") @NotBlank String token,
                                      @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)") @NotNull @Min(1) @Max(5) Integer rating,
                                      @Size(max = 4_000) String comment) {
    }

    @POST
    @Operation(summary = "Records the customer's rating of the handling, once per survey")
    @RequestBody(content = @Content(schema = @Schema(implementation = SatisfactionRequest.class)))
    @CommandResponses
    @APIResponse(responseCode = "403", description = "The token is wrong or from an earlier closure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> answer(@PathParam("id") UUID id, byte[] body) {
        SatisfactionRequest request = bodies.read(body, SatisfactionRequest.class);
        return record(commands, tokens, id, request.token(), request.rating(), request.comment());
    }

    /** Checks the token against the case's survey before the case decides: a wrong token learns nothing about the case. */
    static Uni<Response> record(CaseCommands commands, SurveyTokenCheck tokens, UUID id, String token, int rating, String comment) {
        return commands.runWithSurveyLink(id, (complaint, at) -> {
            tokens.check(complaint.id(), complaint.survey() == null ? null : complaint.survey().surveyId(), token);
            return new ComplaintCommand.RecordSatisfaction(rating, comment, at);
        });
    }

    @ServerExceptionMapper
    public Response invalidToken(SurveyTokenCheck.InvalidSurveyTokenException e, UriInfo uri) {
        return new Problem("invalid-survey-token", "The survey link is not valid", 403, e.getMessage())
                .instance(uri.getPath()).toResponse();
    }
}
