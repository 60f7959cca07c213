package io.rectify.notification.rest;

import io.rectify.eventsourcing.http.Problem;
import io.rectify.eventsourcing.http.RequestMetadata;
import io.rectify.eventsourcing.paging.LinkedPages;
import io.rectify.eventsourcing.paging.Paging;
import io.rectify.notification.domain.Notification;
import io.rectify.notification.projection.NotificationView;
import io.rectify.notification.service.NotificationService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What was told to whom about a case, and whether it arrived")
public class NotificationResource {

    private final NotificationService notifications;
    private final RequestMetadata request;

    public NotificationResource(NotificationService notifications, RequestMetadata request) {
        this.notifications = notifications;
        this.request = request;
    }

    /** One notification and where its delivery stands. */
    public record NotificationEntry(UUID id, UUID caseId, String caseReference, String channel, String recipient,
                                    String language, String template, String subject, UUID subscriptionId, String status,
                                    int attempts, String lastError, Instant queuedAt, Instant nextAttemptAt,
                                    Instant sentAt, Instant updatedAt) {
        static NotificationEntry of(NotificationView view) {
            return new NotificationEntry(view.id, view.caseId, view.caseReference, view.channel, view.recipient,
                    view.language, view.template, view.subject, view.subscriptionId, view.status, view.attempts,
                    view.lastError, view.queuedAt, view.nextAttemptAt, view.sentAt, view.updatedAt);
        }
    }

    /** A notification with exactly what was (or will be) delivered. */
    public record NotificationDetail(UUID id, UUID caseId, String caseReference, String channel, String recipient,
                                     String language, String template, String subject, String body, UUID subscriptionId,
                                     String status, int attempts, String lastError, Instant queuedAt,
                                     Instant nextAttemptAt, Instant sentAt) {
        static NotificationDetail of(Notification n) {
            return new NotificationDetail(n.id(), n.caseId(), n.caseReference(), n.channel().name(), n.recipient(),
                    n.language().code(), n.template(), n.subject(), n.body(), n.subscriptionId(), n.status().name(),
                    n.attempts(), n.lastError(), n.queuedAt(), n.nextAttemptAt(), n.sentAt());
        }
    }

    @GET
    @Operation(summary = "Lists the notifications of a case, oldest first",
            description = "Channel, recipient, language, template, status (PENDING, SENT, FAILED, CANCELLED), attempts and times."
                    + " 100 a page by default; a Link header (rel=next) points to the next page.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationEntry.class)))
    public Uni<Response> forCase(@QueryParam("caseId") @NotNull(message = "name the case: ?caseId=<id>") UUID caseId,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                 @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Paging.MAX_SIZE) int size,
                                 @Context UriInfo uri) {
        return notifications.forCase(caseId, request.caller(), page * size, size + 1)
                .map(views -> LinkedPages.response(views.stream().map(NotificationEntry::of).toList(), page, size, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One notification, with the text or CloudEvent it delivers")
    public Uni<NotificationDetail> getNotification(@PathParam("id") UUID id) {
        return notifications.get(id, request.caller()).map(NotificationDetail::of);
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Tries a FAILED notification again, from now on")
    @APIResponse(responseCode = "200", description = "PENDING again",
            content = @Content(schema = @Schema(implementation = NotificationDetail.class)))
    @APIResponse(responseCode = "409", description = "Only a FAILED notification can be retried",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<NotificationDetail> retryNotification(@PathParam("id") UUID id) {
        return notifications.retry(id, request.eventMetadata()).map(NotificationDetail::of);
    }
}
