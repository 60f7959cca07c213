package io.rectify.eventsourcing.paging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A filtered, ordered list of one read-model entity, served a page at a time: the page is read
 * with one row more than asked (so {@code hasMore} needs no count), and the count stops at
 * {@link Paging#COUNT_LIMIT} matches. Filters are ANDed; blank values are left out.
 *
 * @param <E> the entity; its identifier attribute must be called {@code id}
 */
public final class ListQuery<E> {

    private final Class<E> entity;
    private final StringJoiner where = new StringJoiner(" and ");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String orderBy = "id";

    private ListQuery(Class<E> entity) {
        this.entity = entity;
    }

    public static <E> ListQuery<E> of(Class<E> entity) {
        return new ListQuery<>(entity);
    }

    /** {@code attribute = value}, unless the value is null or blank text. */
    public ListQuery<E> whereEquals(String attribute, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        String parameter = "p" + parameters.size();
        where.add("e." + attribute + " = :" + parameter);
        parameters.put(parameter, value instanceof String text ? text.trim() : value);
        return this;
    }

    /** e.g. {@code "receivedAt desc, id"}; {@code id} last keeps the order stable between pages. */
    public ListQuery<E> orderBy(String attributes) {
        this.orderBy = attributes;
        return this;
    }

    public Uni<PageOf<E>> page(int page, int size) {
        String from = " from " + entity.getSimpleName() + " e" + (parameters.isEmpty() ? "" : " where " + where);
        String order = " order by " + prefixed(orderBy);
        return Panache.getSession().chain(session -> bind(session.createSelectionQuery("select e" + from + order, entity))
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultList()
                .chain(rows -> count(session, from, order, page, size, rows)));
    }

    private Uni<PageOf<E>> count(Mutiny.Session session, String from, String order, int page, int size, List<E> rows) {
        boolean hasMore = rows.size() > size;
        List<E> items = hasMore ? rows.subList(0, size) : rows;
        if (page == 0 && !hasMore) {
            // the whole list is on this page: nothing to count
            return Uni.createFrom().item(new PageOf<>(List.copyOf(items), page, size, items.size(), true, false));
        }
        // HQL wants an order in a limited subquery: the list's own, which its index serves, so the
        // count walks that index and stops after COUNT_LIMIT + 1 matches (an order by id would sort them all)
        String bounded = "select count(*) from (select e.id as id" + from + order + " limit " + (Paging.COUNT_LIMIT + 1) + ") matches";
        return bind(session.createSelectionQuery(bounded, Long.class)).getSingleResult().map(total -> new PageOf<>(
                List.copyOf(items), page, size, Math.min(total, Paging.COUNT_LIMIT), total <= Paging.COUNT_LIMIT, hasMore));
    }

    private <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String prefixed(String orderBy) {
        StringJoiner prefixed = new StringJoiner(", ");
        for (String part : orderBy.split(",")) {
            prefixed.add("e." + part.trim());
        }
        return prefixed.toString();
    }
}
