package io.bindung.customers;

import java.util.List;

/** The outcome of a bulk import: counts, and the line and reason of every rejected row. */
public record ImportResult(long created, long updated, long rejected, List<RejectedRow> rejections) {

    /** A row that was not imported; {@code line} is the 1-based line in the file. */
    public record RejectedRow(long line, String reason) {
    }
}
