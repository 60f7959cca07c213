package io.rectify.complaint.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.complaint.service.SurveyTokenCheck;
import io.rectify.contracts.common.Language;
import io.rectify.eventsourcing.command.AggregateNotFoundException;
import io.rectify.eventsourcing.command.CommandRejectedException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * The page the survey link in the closure mail opens: the customer rates the handling in their
 * language and sends it with a plain HTML form. The JSON API is {@code POST /complaints/{id}/satisfaction}.
 */
@Path("/survey/{id}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Satisfaction")
public class SurveyPage {

    private final ComplaintService complaints;
    private final CaseCommands commands;
    private final SurveyTokenCheck tokens;

    public SurveyPage(ComplaintService complaints, CaseCommands commands, SurveyTokenCheck tokens) {
        this.complaints = complaints;
        this.commands = commands;
        this.tokens = tokens;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String reference, String token, Map<String, String> text, String error);

        static native TemplateInstance done(String reference, Map<String, String> text, String message);
    }

    @GET
    @Operation(summary = "The survey form the closure mail links to")
    @APIResponse(responseCode = "200", description = "The form, in the case's language")
    @APIResponse(responseCode = "403", description = "The link is not (or no longer) valid, or the case is unknown")
    @APIResponse(responseCode = "409", description = "The survey was answered already")
    public Uni<Response> form(@PathParam("id") UUID id, @QueryParam("token") String token) {
        return complaints.get(id)
                .map(complaint -> {
                    Map<String, String> text = SurveyTexts.of(language(complaint));
                    tokens.check(id, complaint.survey() == null ? null : complaint.survey().surveyId(), token);
                    if (complaint.survey().answered()) {
                        return page(409, Templates.done(complaint.reference(), text, text.get("answered")));
                    }
                    return page(200, Templates.form(complaint.reference(), token, text, null));
                })
                .onFailure(SurveyTokenCheck.InvalidSurveyTokenException.class)
                .recoverWithItem(SurveyPage::invalidLink)
                .onFailure(AggregateNotFoundException.class)
                .recoverWithItem(SurveyPage::invalidLink);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sends the survey form")
    @APIResponse(responseCode = "200", description = "Thanks: the rating is recorded")
    @APIResponse(responseCode = "400", description = "No rating from 1 to 5: the form again, with the message")
    @APIResponse(responseCode = "403", description = "The link is not (or no longer) valid")
    @APIResponse(responseCode = "409", description = "The survey was answered already")
    public Uni<Response> send(@PathParam("id") UUID id, @FormParam("token") String token, @FormParam("rating") Integer rating,
                              @FormParam("comment") String comment) {
        return complaints.get(id).chain(complaint -> {
            Map<String, String> text = SurveyTexts.of(language(complaint));
            if (rating == null || rating < 1 || rating > 5) {
                return Uni.createFrom().item(page(400, Templates.form(complaint.reference(), token, text, text.get("choose"))));
            }
            String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
            if (trimmed != null && trimmed.length() > 4_000) {
                trimmed = trimmed.substring(0, 4_000);
            }
            return SatisfactionResource.record(commands, tokens, id, token, rating, trimmed)
                    .map(done -> page(200, Templates.done(complaint.reference(), text, text.get("thanks"))))
                    .onFailure(CommandRejectedException.class)
                    .recoverWithItem(() -> page(409, Templates.done(complaint.reference(), text, text.get("answered"))));
        })
                .onFailure(SurveyTokenCheck.InvalidSurveyTokenException.class)
                .recoverWithItem(SurveyPage::invalidLink);
    }

    /** A wrong token, or no such case: the same answer, so a link says nothing about cases it does not belong to. */
    private static Response invalidLink() {
        Map<String, String> text = SurveyTexts.of(Language.EN);
        return page(403, Templates.done("", text, text.get("invalid")));
    }

    private static Language language(ComplaintDocument complaint) {
        return complaint.customer().language() == null ? Language.EN : complaint.customer().language();
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
