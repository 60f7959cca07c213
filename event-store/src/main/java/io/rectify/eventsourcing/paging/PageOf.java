package io.rectify.eventsourcing.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code total} is exact up to {@link Paging#COUNT_LIMIT}; beyond it the list
 * says {@code totalIsExact: false} and {@code total} is that limit, so a list never counts a
 * whole table. {@code hasMore} says whether a next page exists.
 */
public record PageOf<T>(List<T> items, int page, int size,
                        @Schema(description = "Matches, counted up to 1,000") long total,
                        @Schema(description = "false when there are more matches than total says") boolean totalIsExact,
                        @Schema(description = "Whether the next page has entries") boolean hasMore) {

    public <R> PageOf<R> map(Function<T, R> mapping) {
        return new PageOf<>(items.stream().map(mapping).toList(), page, size, total, totalIsExact, hasMore);
    }
}
