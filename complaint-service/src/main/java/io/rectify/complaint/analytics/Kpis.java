package io.rectify.complaint.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The quality team's key figures over the cases received in a period; each is defined in the README. */
@Schema(description = "Key figures over the complaints received in a period")
public record Kpis(LocalDate from,
                   LocalDate to,
                   long complaints,
                   List<MilestoneTimes> milestones,
                   Rate carFirstTimeEffectiveness,
                   Rate reopenRate,
                   Rate recurrenceRate,
                   Remedies remedies,
                   Disputes disputes,
                   Satisfaction satisfaction) implements CsvTable {

    /**
     * How long cases took from receipt to a milestone and how many met its due date.
     *
     * @param reached     cases that reached it
     * @param medianHours median hours from receipt, of those that reached it; null when none did
     * @param p90Hours    90th percentile of the same
     * @param due         cases whose due date for it has passed or that reached it (the base of {@code onTimeShare})
     * @param onTime      of those, the ones that reached it (or were rejected) by the due date
     */
    public record MilestoneTimes(String milestone, long reached, Double medianHours, Double p90Hours, long due, long onTime,
                                 double onTimeShare) {
    }

    /** {@code count} of {@code of}, and their share. */
    public record Rate(long count, long of, double share) {

        static Rate of(long count, long of) {
            return new Rate(count, of, ratio(count, of));
        }
    }

    public record RemedyCount(String type, long cases) {
    }

    public record Credit(String currency, BigDecimal amount) {
    }

    /** The remedies agreed (accepted, settled or mediated): how many of each type, credits per currency, quantities. */
    public record Remedies(List<RemedyCount> mix, List<Credit> credits, long quantityReturned, long quantityReplaced,
                           long quantityRepaired) {
    }

    /** Disputes opened on the cases, how they ended, and the median days from opening to a settlement or mediated outcome. */
    public record Disputes(long opened, long settled, long mediated, long withdrawn, Double medianDaysToSettle) {
    }

    /**
     * @param responseRate   surveys answered of those sent
     * @param meanRating     mean of the ratings (1–5); null when none was given
     * @param shareFourOrFive ratings of 4 or 5 of those given
     */
    public record Satisfaction(long surveysSent, long answered, double responseRate, Double meanRating,
                               double shareFourOrFive) {
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    @Override
    public List<String> header() {
        return List.of("kpi", "value");
    }

    /** One figure per row, named by its path in the JSON answer. */
    @Override
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("complaints", complaints));
        for (MilestoneTimes m : milestones) {
            String at = m.milestone().toLowerCase();
            rows.add(row(at + ".reached", m.reached()));
            rows.add(row(at + ".medianHours", m.medianHours()));
            rows.add(row(at + ".p90Hours", m.p90Hours()));
            rows.add(row(at + ".onTimeShare", m.onTimeShare()));
        }
        rows.add(row("carFirstTimeEffectiveness.share", carFirstTimeEffectiveness.share()));
        rows.add(row("reopenRate.share", reopenRate.share()));
        rows.add(row("recurrenceRate.share", recurrenceRate.share()));
        remedies.mix().forEach(r -> rows.add(row("remedies.mix." + r.type(), r.cases())));
        remedies.credits().forEach(c -> rows.add(row("remedies.credits." + c.currency(), c.amount())));
        rows.add(row("remedies.quantityReturned", remedies.quantityReturned()));
        rows.add(row("remedies.quantityReplaced", remedies.quantityReplaced()));
        rows.add(row("remedies.quantityRepaired", remedies.quantityRepaired()));
        rows.add(row("disputes.opened", disputes.opened()));
        rows.add(row("disputes.settled", disputes.settled()));
        rows.add(row("disputes.mediated", disputes.mediated()));
        rows.add(row("disputes.withdrawn", disputes.withdrawn()));
        rows.add(row("disputes.medianDaysToSettle", disputes.medianDaysToSettle()));
        rows.add(row("satisfaction.responseRate", satisfaction.responseRate()));
        rows.add(row("satisfaction.meanRating", satisfaction.meanRating()));
        rows.add(row("satisfaction.shareFourOrFive", satisfaction.shareFourOrFive()));
        return rows;
    }

    private static List<Object> row(String name, Object value) {
        List<Object> row = new ArrayList<>(2);
        row.add(name);
        row.add(value);
        return row;
    }
}
