package io.rectify.eventsourcing.audit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verification of every hash chain of this service's event store, and its anchors, for admins and {@code ./rectify verify}. */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Read models and their replay, the outbox, dead letters")
public class AuditAdminResource {

    private final HashChains chains;
    private final ChainAnchors anchors;

    public AuditAdminResource(HashChains chains, ChainAnchors anchors) {
        this.chains = chains;
        this.anchors = anchors;
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Recomputes every stream's hash chain and names the first broken link of each",
            description = "holds is true when no event was changed, removed or put in since it was recorded.")
    public Uni<HashChains.Verification> verifyEventStore() {
        return chains.verifyAll();
    }

    @POST
    @Path("/anchors")
    @Operation(summary = "Anchors the heads of all hash chains now",
            description = "Combines the head of every stream into one Merkle root (RFC 9162) and publishes it as a "
                    + "io.rectify.audit.chains-anchored.v1 event on the service's topic. When nothing was appended since "
                    + "the last anchor, that one is the answer. The service also anchors by itself (RECTIFY_AUDIT_ANCHOR_EVERY).")
    @APIResponse(responseCode = "200", description = "The newest anchor")
    @APIResponse(responseCode = "404", description = "The event store holds no event to anchor yet")
    public Uni<ChainAnchors.Anchor> anchorNow() {
        return anchors.anchor().map(anchor -> anchor.orElseThrow(() -> new NotFoundException("no event to anchor yet")));
    }

    @GET
    @Path("/anchors/latest")
    @Operation(summary = "The newest anchor of the hash chains")
    @APIResponse(responseCode = "200", description = "The newest anchor")
    @APIResponse(responseCode = "404", description = "Nothing was anchored yet")
    public Uni<ChainAnchors.Anchor> latestAnchor() {
        return anchors.latest().map(anchor -> anchor.orElseThrow(() -> new NotFoundException("nothing anchored yet")));
    }
}
