package io.rectify.eventsourcing.outbox;

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

import java.sql.SQLException;
import java.util.List;

@Path("/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class OutboxAdminResource {

    private final ParkedRecords parked;
    private final OutboxRelay relay;

    public OutboxAdminResource(ParkedRecords parked, OutboxRelay relay) {
        this.parked = parked;
        this.relay = relay;
    }

    public record RelayStatus(boolean active, long published, long parked, String lastPublishedAt, String lastError) {
    }

    @GET
    @Operation(summary = "What this instance's outbox relay is doing")
    public RelayStatus status() {
        OutboxRelay.Status status = relay.status();
        return new RelayStatus(status.leader(), status.published(), status.parked(),
                status.lastPublishedAt() == null ? null : status.lastPublishedAt().toString(), status.lastError());
    }

    @GET
    @Path("/parked")
    @Blocking
    @Operation(summary = "Lists the records Kafka refused for good (at most 100, oldest first)",
            description = "A parked record holds back the later events of its case; every other case goes on.")
    public List<ParkedRecords.ParkedRecord> parked() throws SQLException {
        return parked.list();
    }

    @POST
    @Path("/parked/{position}/retry")
    @Blocking
    @Operation(summary = "Hands a parked record back to the relay, which sends it (and its case's later events) again")
    public RelayStatus retryParkedRecord(@PathParam("position") long position) throws SQLException {
        if (!parked.retry(position)) {
            throw new NotFoundException("no parked outbox record at position " + position);
        }
        relay.retried();
        return status();
    }
}
