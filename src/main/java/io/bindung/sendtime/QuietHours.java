package io.bindung.sendtime;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Local hours in which nothing is sent, from {@code start} (inclusive) to {@code end} (exclusive);
 * {@code start} after {@code end} spans midnight, as 21:00–08:00 does.
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "null start");
        Objects.requireNonNull(end, "null end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }
}
