package io.bindung.metrics;

import io.bindung.db.Dialect;
import io.bindung.db.Granularity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundaries t_0 = from &lt; t_1 &lt; … &lt; t_K = to of a series of K calendar periods, the first
 * and last clipped to the range, and in SQL the index of an instant among them.
 */
record Boundaries(List<Instant> instants, Granularity granularity, Dialect dialect) {
    Boundaries {
        instants = List.copyOf(instants);
    }

    static Boundaries of(Instant from, Instant to, Granularity granularity, Dialect dialect) {
        List<Instant> instants = new ArrayList<>(List.of(from));
        for (Instant start = granularity.next(granularity.floor(from)); start.isBefore(to); start = granularity.next(start)) {
            instants.add(start);
        }
        instants.add(to);
        return new Boundaries(instants, granularity, dialect);
    }

    int periods() {
        return instants.size() - 1;
    }

    Instant start(int k) {
        return instants.get(k);
    }

    Duration longestPeriod() {
        Duration longest = Duration.ZERO;
        for (int k = 0; k < periods(); k++) {
            Duration period = Duration.between(start(k), start(k + 1));
            longest = period.compareTo(longest) > 0 ? period : longest;
        }
        return longest;
    }

    /**
     * SQL for how many boundaries are at or before the epoch milliseconds {@code millis}: 0 before
     * {@code from}, k + 1 inside period k, K + 1 from {@code to} on. Days and weeks by arithmetic;
     * months, whose numbering needs date functions on every row, by a binary search over the few
     * boundaries written into the SQL.
     */
    String index(String millis) {
        if (granularity == Granularity.MONTH) {
            return search(millis, 0, instants.size() - 1);
        }
        return "(CASE WHEN " + millis + " < " + start(0).toEpochMilli() + " THEN 0 WHEN " + millis + " >= "
                + start(periods()).toEpochMilli() + " THEN " + (periods() + 1) + " ELSE " + granularity.number(millis, dialect)
                + " - " + (granularity.number(start(0)) - 1) + " END)";
    }

    /** The count, knowing the boundaries before {@code lo} are at or before millis and those after {@code hi} after it. */
    private String search(String millis, int lo, int hi) {
        if (lo > hi) {
            return Integer.toString(lo);
        }
        int mid = (lo + hi) >>> 1;
        return "(CASE WHEN " + millis + " < " + start(mid).toEpochMilli() + " THEN " + search(millis, lo, mid - 1)
                + " ELSE " + search(millis, mid + 1, hi) + " END)";
    }
}
