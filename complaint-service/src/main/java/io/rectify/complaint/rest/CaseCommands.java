package io.rectify.complaint.rest;

import io.rectify.complaint.domain.Complaint;
import io.rectify.complaint.domain.ComplaintCommand;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.http.Versions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Runs a command on a case for the resources and answers the case with its new version as ETag. */
@ApplicationScoped
public class CaseCommands {

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
        return complaints.handle(id, Versions.fromIfMatch(ifMatch), request.eventMetadata(), command)
                .map(CaseCommands::withETag);
    }

    static Response withETag(ComplaintDocument complaint) {
        return Response.ok(complaint).tag(Versions.etag(complaint.version())).build();
    }
}
