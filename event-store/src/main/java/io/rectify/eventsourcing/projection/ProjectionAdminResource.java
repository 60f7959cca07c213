package io.rectify.eventsourcing.projection;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Read models and their replay from the event store")
public class ProjectionAdminResource {

    private final Projections projections;
    private final ProjectionRebuilder rebuilder;

    public ProjectionAdminResource(Projections projections, ProjectionRebuilder rebuilder) {
        this.projections = projections;
        this.rebuilder = rebuilder;
    }

    public record ProjectionInfo(String name, String streamType) {
    }

    @GET
    @Operation(summary = "Lists the read models of this service")
    public List<ProjectionInfo> list() {
        return projections.all().stream().map(p -> new ProjectionInfo(p.name(), p.streamType())).toList();
    }

    @POST
    @Path("/{name}/rebuild")
    @Operation(summary = "Rebuilds a read model by replaying every event of the store",
            description = "Writers wait while it runs; the result equals the model kept current by the commands.")
    public Uni<ProjectionRebuilder.Report> rebuild(@PathParam("name") String name) {
        return rebuilder.rebuild(name);
    }
}
