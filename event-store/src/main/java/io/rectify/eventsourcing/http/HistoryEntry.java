package io.rectify.eventsourcing.http;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.rectify.eventsourcing.paging.LinkedPages;
import io.rectify.eventsourcing.store.RecordedEvent;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a case's audit trail ({@code GET …/{id}/events}): what happened, who did it,
 * when, in which version, and the event's data exactly as it was published.
 */
@Schema(name = "HistoryEntry")
public record HistoryEntry(UUID eventId,
                           @Schema(example = "io.rectify.complaint.received.v1") String type,
                           long version,
                           Instant occurredAt,
                           @Schema(description = "The username of the person, or the service (system:<service>), that caused the event") String actor,
                           @Schema(description = "The identity provider's subject of that person; the service identity for a service's own events") String actorId,
                           UUID correlationId,
                           UUID causationId,
                           @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) String data) {

    public static HistoryEntry of(RecordedEvent event) {
        return new HistoryEntry(event.eventId(), event.type(), event.version(), event.occurredAt(), event.actor(), event.actorId(),
                event.correlationId(), event.causationId(), event.data());
    }

    public static List<HistoryEntry> of(List<RecordedEvent> events) {
        return events.stream().map(HistoryEntry::of).toList();
    }

    /** A page of a history as {@code GET …/{id}/events} answers it: the entries, and Link headers to the pages beside it. */
    public static Response page(List<RecordedEvent> rows, int page, int size, UriInfo uri) {
        return LinkedPages.response(of(rows), page, size, uri);
    }
}
