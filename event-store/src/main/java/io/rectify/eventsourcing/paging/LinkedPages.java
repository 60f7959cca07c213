package io.rectify.eventsourcing.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * A page of a case's own collection (its history, its notifications) answered as a JSON array,
 * with RFC 8288 {@code Link} headers to the next and previous pages: the array stays what it was
 * for clients that read the first page only.
 */
public final class LinkedPages {

    private LinkedPages() {
    }

    /** @param rows up to {@code size + 1} rows: one more than the page says whether a next page exists */
    public static <T> Response response(List<T> rows, int page, int size, UriInfo uri) {
        boolean hasMore = rows.size() > size;
        Response.ResponseBuilder answer = Response.ok(hasMore ? List.copyOf(rows.subList(0, size)) : rows);
        if (hasMore) {
            answer.links(link(uri, page + 1, size, "next"));
        }
        if (page > 0) {
            answer.links(link(uri, page - 1, size, "prev"));
        }
        return answer.build();
    }

    private static Link link(UriInfo uri, int page, int size, String relation) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size))
                .rel(relation).build();
    }
}
