package io.rectify.notification.rest;

import io.rectify.eventsourcing.http.CommandBodies;
import io.rectify.eventsourcing.http.Problem;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.paging.LinkedPages;
import io.rectify.eventsourcing.paging.Paging;
import io.rectify.notification.delivery.WebhookSignature;
import io.rectify.notification.subscription.Subscriptions;
import io.rectify.notification.subscription.WebhookSubscription;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook subscriptions", description = "Integrations receive the case events they name, signed")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final CommandBodies bodies;
    private final RequestMetadata request;

    public SubscriptionResource(Subscriptions subscriptions, CommandBodies bodies, RequestMetadata request) {
        this.subscriptions = subscriptions;
        this.bodies = bodies;
        this.request = request;
    }

    /** A subscription as the API shows it: never its secret. */
    public record SubscriptionEntry(UUID id, String url, List<String> eventTypes, String description, Instant createdAt,
                                    @Schema(description = "The integrator who made it") String owner,
                                    @Schema(enumeration = {"ACTIVE", "SUSPENDED"}) String status,
                                    @Schema(description = "Since when every delivery failed, while it does") Instant failingSince,
                                    Instant suspendedAt, String suspensionReason) {
        static SubscriptionEntry of(WebhookSubscription s) {
            return new SubscriptionEntry(s.id, s.url, s.eventTypes, s.description, s.createdAt, s.ownerUsername, s.status,
                    s.failingSince, s.suspendedAt, s.suspensionReason);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Subscribes an endpoint to event types",
            description = "Each matching event is POSTed to the url as a structured CloudEvent (application/cloudevents+json), "
                    + "with " + WebhookSignature.HEADER + ": sha256=<hex HMAC-SHA256 of the body under the secret>. "
                    + "Any 2xx answer is a delivery; anything else is retried with exponential backoff.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Subscriptions.NewSubscription.class)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionEntry.class)))
    @APIResponse(responseCode = "400", description = "errors name each bad field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> subscribe(byte[] body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Subscriptions.NewSubscription request = bodies.read(body, Subscriptions.NewSubscription.class);
        return subscriptions.subscribe(request, this.request.caller()).map(created -> Response
                .created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(SubscriptionEntry.of(created)).build());
    }

    @GET
    @Operation(summary = "Lists the caller's subscriptions (an admin's: all), oldest first",
            description = "100 a page by default; a Link header (rel=next) points to the next page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubscriptionEntry.class)))
    public Uni<Response> listSubscriptions(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                              @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Paging.MAX_SIZE) int size,
                              @Context UriInfo uri) {
        return subscriptions.all(request.caller(), page * size, size + 1)
                .map(all -> LinkedPages.response(all.stream().map(SubscriptionEntry::of).toList(), page, size, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription")
    public Uni<SubscriptionEntry> getSubscription(@PathParam("id") UUID id) {
        return subscriptions.get(id, request.caller()).map(found -> {
            if (found == null) {
                throw new NotFoundException("no subscription " + id);
            }
            return SubscriptionEntry.of(found);
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Ends a subscription; deliveries still waiting for it fail")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return subscriptions.delete(id, request.caller()).map(deleted -> {
            if (!deleted) {
                throw new NotFoundException("no subscription " + id);
            }
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/{id}/resumption")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Takes a SUSPENDED subscription back into service",
            description = "A subscription whose every delivery failed for RECTIFY_NOTIFICATIONS_WEBHOOK_SUSPEND_AFTER is "
                    + "suspended: no new deliveries are queued for it. Its URL is checked again on resumption.")
    public Uni<SubscriptionEntry> resume(@PathParam("id") UUID id) {
        return subscriptions.resume(id, request.caller()).map(found -> {
            if (found == null) {
                throw new NotFoundException("no subscription " + id);
            }
            return SubscriptionEntry.of(found);
        });
    }

    @ServerExceptionMapper
    public Response limitReached(Subscriptions.LimitReached e, UriInfo uri) {
        return new Problem("subscription-limit", "Too many subscriptions", 409, e.getMessage()).instance(uri.getPath()).toResponse();
    }
}
