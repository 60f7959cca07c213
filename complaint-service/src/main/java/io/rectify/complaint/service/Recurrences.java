package io.rectify.complaint.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.rectify.complaint.projection.ComplaintView;
import io.rectify.contracts.complaint.RelatedComplaint;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds the earlier complaints a new one may repeat, so two complaints about one defect are never
 * handled as unrelated: the same part number and lot, or the same part number within 12 months.
 */
@ApplicationScoped
public class Recurrences {

    static final Duration WINDOW = Duration.ofDays(365);
    static final int MOST = 20;

    /**
     * Within the caller's session. Only the four columns a link needs are read: loading the
     * earlier cases as entities would fetch and track their whole documents on every filing.
     */
    public Uni<List<RelatedComplaint>> earlierThan(String partNumber, String lotNumber, Instant receivedAt) {
        return ComplaintView.find("partNumber = :part and (lotNumber = :lot or receivedAt >= :since)",
                        Sort.descending("receivedAt"),
                        Parameters.with("part", partNumber).and("lot", lotNumber).and("since", receivedAt.minus(WINDOW)))
                .project(Earlier.class)
                .range(0, MOST - 1)
                .list()
                .map(earlier -> earlier.stream()
                        .map(view -> new RelatedComplaint(view.id(), view.reference(),
                                view.lotNumber().equals(lotNumber) ? RelatedComplaint.Reason.SAME_PART_AND_LOT
                                        : RelatedComplaint.Reason.SAME_PART_WITHIN_12_MONTHS,
                                view.receivedAt()))
                        .toList());
    }

    /** The columns of an earlier complaint that a link to it needs. */
    public record Earlier(UUID id, String reference, String lotNumber, Instant receivedAt) {
    }
}
