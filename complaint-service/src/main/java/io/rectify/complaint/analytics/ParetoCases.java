package io.rectify.complaint.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The cases behind one bar of a Pareto: what a quality engineer opens after seeing the bar. */
@Schema(description = "The complaints of one key of a Pareto, newest first")
public record ParetoCases(String dimension,
                          String key,
                          LocalDate from,
                          LocalDate to,
                          @Schema(description = "How many cases the key has in the period, also when more than the items")
                          long total,
                          List<Case> items) implements CsvTable {

    /** At most this many cases are listed; {@code total} still counts all of them. */
    public static final int MOST = 500;

    public record Case(UUID id, String reference, Instant receivedAt, String customerId, String partNumber, String lotNumber,
                       String severity, String status, String occurrenceCause, String escapeCause, long quantityAffected) {
    }

    @Override
    public List<String> header() {
        return List.of("reference", "receivedAt", "customerId", "partNumber", "lotNumber", "severity", "status",
                "occurrenceCause", "escapeCause", "quantityAffected", "id");
    }

    @Override
    public List<List<Object>> rows() {
        return items.stream().map(c -> java.util.Arrays.<Object>asList(c.reference(), c.receivedAt(), c.customerId(),
                c.partNumber(), c.lotNumber(), c.severity(), c.status(), c.occurrenceCause(), c.escapeCause(),
                c.quantityAffected(), c.id())).toList();
    }
}
