package io.rectify.complaint.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The complaints of a period, week by week or month by month. */
@Schema(description = "Received, closed and open complaints, repeats and missed deadlines per week or month")
public record Trends(String interval, LocalDate from, LocalDate to, List<Point> points) implements CsvTable {

    /**
     * One week (from Monday) or month; the first and last may be cut to the period asked for.
     *
     * @param open            cases received before the end of the period and neither closed nor rejected by then
     * @param repeats         cases received in it that repeat an earlier one (same part and lot, or same part within 12 months)
     * @param missedDeadlines deadlines missed by the cases received in it
     */
    public record Point(LocalDate from, LocalDate to, long received, long closed, long open, long repeats,
                        long missedDeadlines) {
    }

    @Override
    public List<String> header() {
        return List.of("from", "to", "received", "closed", "open", "repeats", "missedDeadlines");
    }

    @Override
    public List<List<Object>> rows() {
        return points.stream().map(p -> List.<Object>of(p.from(), p.to(), p.received(), p.closed(), p.open(), p.repeats(),
                p.missedDeadlines())).toList();
    }
}
