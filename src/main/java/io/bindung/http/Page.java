package io.bindung.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code {"data": [...], "nextCursor": "..."}}; nextCursor is null on the last page. */
public record Page<T>(List<T> data, String nextCursor) {
    public Page {
        data = List.copyOf(data);
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(data.stream().map(mapping).toList(), nextCursor);
    }

    /**
     * The page of a keyset query that asked for {@code limit + 1} rows: the first {@code limit},
     * and a cursor made from the last of them when there was one more.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOfLast) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Page<>(page, cursorOfLast.apply(page.get(limit - 1)));
    }
}
