package io.bindung.graphql;

import io.bindung.http.Page;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: edges with their cursors and the page info. Pages are keyset pages, so an
 * edge's cursor is the keyset cursor of its node and the end cursor continues after the last edge.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {
    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The connection of a keyset page; {@code cursorOf} gives the cursor that continues after a node. */
    public static <T> Connection<T> of(Page<T> page, Function<T, String> cursorOf) {
        return of(page, cursorOf, Function.identity());
    }

    /** As {@link #of(Page, Function)}, for pages of rows that carry their node and cursor. */
    public static <R, T> Connection<T> of(Page<R> page, Function<R, String> cursorOf, Function<R, T> nodeOf) {
        List<Edge<T>> edges = page.data().stream().map(row -> new Edge<>(cursorOf.apply(row), nodeOf.apply(row))).toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(page.nextCursor() != null, false, start, end));
    }
}
