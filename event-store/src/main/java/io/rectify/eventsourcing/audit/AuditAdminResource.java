package io.rectify.eventsourcing.audit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verification of every hash chain of this service's event store, for admins and {@code ./rectify verify}. */
@Path("/admin/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Read models and their replay, the outbox, dead letters")
public class AuditAdminResource {

    private final HashChains chains;

    public AuditAdminResource(HashChains chains) {
        this.chains = chains;
    }

    @GET
    @Operation(summary = "Recomputes every stream's hash chain and names the first broken link of each",
            description = "holds is true when no event was changed, removed or put in since it was recorded.")
    public Uni<HashChains.Verification> verifyEventStore() {
        return chains.verifyAll();
    }
}
