package io.rectify.complaint.rest;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.complaint.service.CaseAccess;
import io.rectify.contracts.complaint.Party;
import io.rectify.contracts.complaint.Signer;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.security.AccessDeniedException;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.http.Versions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs a command on a case for the resources and answers the case with its new version as ETag.
 * The case must be the caller's to see: another customer's case answers 404, as if it did not exist.
 */
@ApplicationScoped
public class CaseCommands {

    /** The actor of a survey answered through its link. */
    public static final String SURVEY_LINK_ACTOR = "survey-link";

    private final ComplaintService complaints;
    private final RequestMetadata request;

    public CaseCommands(ComplaintService complaints, RequestMetadata request) {
        this.complaints = complaints;
        this.request = request;
    }

    public Uni<Response> run(UUID id, String ifMatch, Function<Instant, ComplaintCommand> command) {
        return run(id, ifMatch, (complaint, at) -> command.apply(at));
    }

    /** For commands that depend on the case as it is, e.g. a survey answer whose token names the case's survey. */
    public Uni<Response> run(UUID id, String ifMatch, BiFunction<Complaint, Instant, ComplaintCommand> command) {
        Caller caller = request.caller();
        return complaints.handle(id, Versions.fromIfMatch(ifMatch), request.eventMetadata(), (complaint, at) -> {
                    CaseAccess.checkVisible(complaint, caller);
                    return command.apply(complaint, at);
                })
                .map(CaseCommands::withETag);
    }

    /**
     * For the satisfaction survey, answered without signing in: the one-time token, which the
     * command checks against the case, is the credential, and the event is recorded as answered
     * through the survey link.
     */
    public Uni<Response> runWithSurveyLink(UUID id, BiFunction<Complaint, Instant, ComplaintCommand> command) {
        return complaints.handle(id, Versions.fromIfMatch(null), request.eventMetadataWithout(SURVEY_LINK_ACTOR), command)
                .map(CaseCommands::withETag);
    }

    /** The caller's side of a remedy or dispute; a request naming the other side is refused (403). */
    public Party party(Party named, String field) {
        Party own = request.caller().party();
        if (named != null && named != own) {
            throw new AccessDeniedException("you act for the " + own + " side; " + field + " may not name " + named);
        }
        return own;
    }

    /** The authenticated signer of a settlement signature. */
    public Signer signer() {
        Caller caller = request.caller();
        return new Signer(caller.subject(), caller.username(), caller.name(), caller.primaryRole());
    }

    public Caller caller() {
        return request.caller();
    }

    static Response withETag(ComplaintDocument complaint) {
        return Response.ok(complaint).tag(Versions.etag(complaint.version())).build();
    }
}
