package io.rectify.complaint.analytics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The complaints of a period grouped by one dimension, largest first, each with its share and the
 * running (cumulative) share: the few keys that make 80 % of the complaints come first.
 */
@Schema(description = "A Pareto of the complaints received in a period")
public record Pareto(String dimension,
                     LocalDate from,
                     LocalDate to,
                     @Schema(description = "Complaints in the period with a value for the dimension (the shares' base)")
                     long complaints,
                     @Schema(description = "Complaints in the period with no value yet, e.g. no root cause determined; not in the items")
                     long unclassified,
                     List<Item> items) implements CsvTable {

    public record Item(String key, long complaints, long quantityAffected, double share, double cumulativeShare) {
    }

    /** From the groups, largest first (ties by key), with shares of their total. */
    static Pareto of(ParetoDimension dimension, LocalDate from, LocalDate to, List<Group> groups) {
        long unclassified = groups.stream().filter(g -> g.key() == null).mapToLong(Group::complaints).sum();
        List<Group> classified = groups.stream().filter(g -> g.key() != null)
                .sorted((a, b) -> a.complaints() != b.complaints() ? Long.compare(b.complaints(), a.complaints())
                        : a.key().compareTo(b.key()))
                .toList();
        long total = classified.stream().mapToLong(Group::complaints).sum();
        List<Item> items = new ArrayList<>(classified.size());
        long running = 0;
        for (Group group : classified) {
            running += group.complaints();
            items.add(new Item(group.key(), group.complaints(), group.quantityAffected(),
                    ratio(group.complaints(), total), ratio(running, total)));
        }
        return new Pareto(dimension.apiName(), from, to, total, unclassified, List.copyOf(items));
    }

    /** One key's complaints as the database counted them; {@code key} null for those without a value. */
    record Group(String key, long complaints, long quantityAffected) {
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    @Override
    public List<String> header() {
        return List.of(dimension, "complaints", "quantityAffected", "share", "cumulativeShare");
    }

    @Override
    public List<List<Object>> rows() {
        return items.stream().map(i -> List.<Object>of(i.key(), i.complaints(), i.quantityAffected(), i.share(),
                i.cumulativeShare())).toList();
    }
}
