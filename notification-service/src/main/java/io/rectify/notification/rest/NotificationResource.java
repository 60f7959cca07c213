package io.rectify.notification.rest;

import io.rectify.notification.projection.NotificationView;
import io.rectify.notification.service.NotificationService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What was told to whom about a case, and whether it arrived")
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    public record NotificationEntry(UUID id, UUID caseId, String caseReference, String channel, String recipient,
                                    String language, String template, String status, int attempts, String lastError,
                                    Instant queuedAt, Instant sentAt, Instant updatedAt) {
        static NotificationEntry of(NotificationView view) {
            return new NotificationEntry(view.id, view.caseId, view.caseReference, view.channel, view.recipient,
                    view.language, view.template, view.status, view.attempts, view.lastError, view.queuedAt, view.sentAt,
                    view.updatedAt);
        }
    }

    @GET
    @Operation(summary = "Lists the notifications of a case, oldest first")
    public Uni<List<NotificationEntry>> forCase(@QueryParam("caseId") @NotNull(message = "name the case: ?caseId=<id>") UUID caseId) {
        return notifications.forCase(caseId).map(views -> views.stream().map(NotificationEntry::of).toList());
    }
}
