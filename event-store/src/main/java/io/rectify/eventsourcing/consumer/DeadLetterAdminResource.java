package io.rectify.eventsourcing.consumer;

import io.rectify.eventsourcing.security.CurrentCaller;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.List;

@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DeadLetterAdminResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterAdminResource.class);
    private static final int LIST_LIMIT = 100;

    private final DeadLetters deadLetters;
    private final CurrentCaller caller;

    public DeadLetterAdminResource(DeadLetters deadLetters, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @Blocking
    @Operation(summary = "Lists the latest 100 records this service's consumers parked, oldest first")
    public List<DeadLetters.DeadLetter> listDeadLetters() {
        return deadLetters.latest(LIST_LIMIT);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Blocking
    @Operation(summary = "Sends a parked record again to the topic it came from",
            description = "For after the fault is fixed. Consumers that applied it before skip it by its event id.")
    public DeadLetters.DeadLetter replay(@PathParam("partition") int partition, @PathParam("offset") long offset) {
        String admin = caller.get().username();
        DeadLetters.DeadLetter replayed = deadLetters.replay(partition, offset, admin)
                .orElseThrow(() -> new NotFoundException("no dead letter at partition " + partition + ", offset " + offset));
        LOG.infof("%s replayed dead letter %d@%d (%s) onto %s", admin, partition, offset, replayed.eventType(), replayed.originTopic());
        return replayed;
    }
}
