package io.rectify.complaint.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.rectify.complaint.domain.ComplaintAggregate;
import io.rectify.complaint.projection.ComplaintDocument;
import io.rectify.complaint.rest.api.Dispute;
import io.rectify.complaint.service.ComplaintService;
import io.rectify.eventsourcing.audit.HashChains;
import io.rectify.eventsourcing.security.Caller;
import io.rectify.eventsourcing.store.EventStore;
import io.rectify.eventsourcing.store.RecordedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an auditor samples of one case, in one piece: the form as filed, every event with who did
 * it, when and with what data (the why: reasons, comments, terms), each with its link in the hash
 * chain, the 8D report as shared, the remedy, the disputes with their signatures as stored, the
 * notifications sent, and the chain's verification with the proof against the published anchor.
 */
@ApplicationScoped
public class CaseExports {

    private final ComplaintService complaints;
    private final EventStore store;
    private final HashChains chains;
    private final ObjectMapper json;

    public CaseExports(ComplaintService complaints, EventStore store, HashChains chains, ObjectMapper json) {
        this.complaints = complaints;
        this.store = store;
        this.chains = chains;
        this.json = json;
    }

    /** One event as recorded, with its data laid out for reading and its link in the chain. */
    public record ExportedEvent(long version, String type, Instant occurredAt, String actor, String actorId,
                                UUID correlationId, UUID causationId, String data, String previousHash, String hash,
                                boolean holds, String fault) {
    }

    /** A dispute with its signatures, each checked. */
    public record ExportedDispute(Dispute dispute, List<SignatureCheck> signatures) {
    }

    public record Export(ComplaintDocument complaint, List<ExportedEvent> events, HashChains.Chain chain,
                         List<ExportedDispute> disputes, List<CaseNotification> notifications, Instant printedAt) {
    }

    @WithSession
    public Uni<Export> export(UUID id, Caller caller, Instant now) {
        return complaints.get(id, caller)
                .chain(complaint -> store.readStream(id)
                        .chain(events -> chains.chain(ComplaintAggregate.STREAM_TYPE, id)
                                .chain(chain -> CaseNotification.<CaseNotification>list("caseId = ?1 order by queuedAt", id)
                                        .map(notifications -> new Export(complaint, exported(events, chain), chain,
                                                complaint.disputes().stream().map(d -> new ExportedDispute(d,
                                                        d.signatures().stream().map(SignatureCheck::of).toList())).toList(),
                                                notifications, now)))));
    }

    private List<ExportedEvent> exported(List<RecordedEvent> events, HashChains.Chain chain) {
        Map<Long, HashChains.Link> links = chain.links().stream().collect(Collectors.toMap(HashChains.Link::version, Function.identity()));
        List<ExportedEvent> exported = new ArrayList<>(events.size());
        for (RecordedEvent event : events) {
            HashChains.Link link = links.get(event.version());
            exported.add(new ExportedEvent(event.version(), event.type(), event.occurredAt(), event.actor(), event.actorId(),
                    event.correlationId(), event.causationId(), readable(event.data()),
                    link == null ? null : link.previousHash(), link == null ? null : link.hash(),
                    link != null && link.holds(), link == null ? "not in the chain" : link.fault()));
        }
        return exported;
    }

    private String readable(String data) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(data));
        } catch (JsonProcessingException e) {
            return data;
        }
    }
}
