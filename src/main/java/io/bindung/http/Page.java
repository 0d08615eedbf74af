package io.bindung.http;

import java.util.List;

/** One page of a list answer: {@code {"data": [...], "nextCursor": "..."}}; nextCursor is null on the last page. */
public record Page<T>(List<T> data, String nextCursor) {
    public Page {
        data = List.copyOf(data);
    }
}
