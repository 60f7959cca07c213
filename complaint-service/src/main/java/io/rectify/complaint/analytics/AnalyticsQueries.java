package io.rectify.complaint.analytics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL over {@code complaint_analytics}; the column a dimension names comes from the enum, never from the request. */
final class AnalyticsQueries {

    private AnalyticsQueries() {
    }

    /** What narrows a question beyond its period; {@code null} means any. */
    record Filter(String customerId, String partNumber, String severity) {
    }

    static Uni<Void> forget(List<UUID> complaintIds) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("delete from complaint_analytics where id in (?1)")
                .setParameter(1, complaintIds)
                .executeUpdate()).replaceWithVoid();
    }

    static Uni<List<Pareto.Group>> pareto(ParetoDimension dimension, Instant from, Instant until, Filter filter) {
        List<Object> parameters = new ArrayList<>(List.of(from, until));
        StringBuilder sql = new StringBuilder("select ").append(dimension.column())
                .append(", count(*), coalesce(sum(quantity_affected), 0) from complaint_analytics")
                .append(" where received_at >= ?1 and received_at < ?2");
        where(sql, parameters, "customer_id", filter.customerId());
        where(sql, parameters, "part_number", filter.partNumber());
        where(sql, parameters, "severity", filter.severity());
        sql.append(" group by 1");
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new Pareto.Group((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())).toList());
    }

    private static void where(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            parameters.add(value);
            sql.append(" and ").append(column).append(" = ?").append(parameters.size());
        }
    }
}
