package io.rectify.eventsourcing.projection;

import io.rectify.eventsourcing.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Read models and their replay, the outbox, dead letters")
public class ProjectionAdminResource {

    private final Projections projections;
    private final ProjectionRebuilder rebuilder;
    private final CurrentCaller caller;

    public ProjectionAdminResource(Projections projections, ProjectionRebuilder rebuilder, CurrentCaller caller) {
        this.projections = projections;
        this.rebuilder = rebuilder;
        this.caller = caller;
    }

    public record ProjectionInfo(String name, String streamType) {
    }

    @GET
    @Operation(summary = "Lists the read models of this service")
    public List<ProjectionInfo> listProjections() {
        return projections.all().stream().map(p -> new ProjectionInfo(p.name(), p.streamType())).toList();
    }

    @POST
    @Path("/{name}/rebuild")
    @Operation(summary = "Starts rebuilding a read model from every event of the store, in the background",
            description = "Writers go on meanwhile (each batch of 100 cases holds them off for its own few milliseconds);"
                    + " the result equals the model kept current by the commands. Follow it with GET on the same path.")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "409", description = "A rebuild of this read model is running already")
    public Uni<Response> rebuild(@PathParam("name") String name, UriInfo uri) {
        return rebuilder.start(name, caller.get().username())
                .map(started -> Response.accepted(started).location(uri.getRequestUri()).build());
    }

    @GET
    @Path("/{name}/rebuild")
    @Operation(summary = "The running or the last rebuild of a read model, whichever instance runs or ran it")
    public Uni<ProjectionRebuilder.Rebuild> rebuildStatus(@PathParam("name") String name) {
        return rebuilder.latest(name).map(found -> found.orElseThrow(() -> new NotFoundException("no rebuild of " + name + " yet")));
    }
}
