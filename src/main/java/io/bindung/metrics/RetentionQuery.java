package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.db.Granularity;
import io.bindung.db.Dialect;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retention series and cohort matrices from the purchase events, as {@code Metrics.retention} and
 * {@code Metrics.cohorts} in schema.graphqls define them: one statement per period of a series,
 * one for a whole matrix. Thread-safe.
 */
final class RetentionQuery {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Segments segments;

    RetentionQuery(Database database, Segments segments) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.segments = segments;
    }

    record Point(Instant start, Instant end, long customersAtStart, long customersAtEnd, long newCustomers, long lostCustomers,
                 Double retentionRate, Double churnRate) {
    }

    record Cohort(Instant start, long customers, List<Double> retention) {
    }

    record Matrix(Granularity granularity, List<Cohort> cohorts) {
    }

    /** The periods of {@code granularity} across [from, to), the first and last clipped to it. */
    List<Point> series(Instant from, Instant to, Granularity granularity, Duration inactivity, Members members) {
        String orders = " FROM events e" + members.join() + " WHERE e.name = :purchase AND e.customer_id IS NOT NULL";
        String existing = "SELECT DISTINCT e.customer_id" + orders + " AND e.ts >= :%1$s - :inactivity AND e.ts < :%1$s";
        String sql = "SELECT (SELECT COUNT(*) FROM (" + existing.formatted("start") + ") s) AS at_start,"
                + " (SELECT COUNT(*) FROM (" + existing.formatted("finish") + ") f) AS at_end,"
                + " (SELECT COUNT(*) FROM (" + existing.formatted("start") + ") s JOIN (" + existing.formatted("finish")
                + ") f ON f.customer_id = s.customer_id) AS retained,"
                + " (SELECT COUNT(*) FROM (SELECT e.customer_id, MIN(e.ts) AS first" + orders + " GROUP BY e.customer_id) n"
                + " WHERE n.first >= :start AND n.first < :finish) AS fresh";
        return jdbi.withHandle(handle -> {
            List<Point> points = new ArrayList<>();
            for (Instant start = from; start.isBefore(to); start = granularity.next(granularity.floor(start))) {
                Instant end = min(granularity.next(granularity.floor(start)), to);
                points.add(point(handle, sql, start, end, inactivity, members));
            }
            return points;
        });
    }

    private Point point(Handle handle, String sql, Instant start, Instant end, Duration inactivity, Members members) {
        return members.bind(handle.createQuery(sql))
                .bind("purchase", segments.purchaseEvent())
                .bind("inactivity", inactivity.toMillis())
                .bind("start", start.toEpochMilli())
                .bind("finish", end.toEpochMilli())
                .map((rs, ctx) -> {
                    long atStart = rs.getLong("at_start");
                    long atEnd = rs.getLong("at_end");
                    long fresh = rs.getLong("fresh");
                    long lost = atStart - rs.getLong("retained");
                    return new Point(start, end, atStart, atEnd, fresh, lost, RangeMetrics.percent(atEnd - fresh, atStart),
                            RangeMetrics.percent(lost, atStart));
                })
                .one();
    }

    /** Cohorts by first order in [from, to), with {@code periods} cells each; cells not ended by {@code to} are null. */
    Matrix cohorts(Instant from, Instant to, Granularity granularity, int periods, Members members) {
        String first = granularity.number("f.first", dialect);
        String sql = "WITH firsts AS (SELECT e.customer_id, MIN(e.ts) AS first FROM events e" + members.join()
                + " WHERE e.name = :purchase AND e.customer_id IS NOT NULL GROUP BY e.customer_id)"
                + " SELECT " + first + " AS cohort, " + granularity.number("e.ts", dialect) + " - " + first + " AS k,"
                + " COUNT(DISTINCT e.customer_id) AS customers"
                + " FROM events e JOIN firsts f ON f.customer_id = e.customer_id"
                + " WHERE e.name = :purchase AND f.first >= :from AND f.first < :to AND e.ts < :to"
                + " GROUP BY " + first + ", " + granularity.number("e.ts", dialect) + " - " + first;
        Map<Long, Map<Long, Long>> cells = jdbi.withHandle(handle -> {
            Map<Long, Map<Long, Long>> rows = new TreeMap<>();
            members.bind(handle.createQuery(sql))
                    .bind("purchase", segments.purchaseEvent())
                    .bind("from", from.toEpochMilli())
                    .bind("to", to.toEpochMilli())
                    .map((rs, ctx) -> rows.computeIfAbsent(rs.getLong("cohort"), key -> new HashMap<>())
                            .put(rs.getLong("k"), rs.getLong("customers")))
                    .list();
            return rows;
        });
        List<Cohort> cohorts = new ArrayList<>();
        cells.forEach((cohort, counts) -> cohorts.add(cohort(granularity, cohort, counts, periods, to)));
        return new Matrix(granularity, cohorts);
    }

    private static Cohort cohort(Granularity granularity, long cohort, Map<Long, Long> counts, int periods, Instant to) {
        long size = counts.getOrDefault(0L, 0L);
        List<Double> retention = new ArrayList<>();
        for (long k = 0; k < periods; k++) {
            boolean ended = !granularity.start(cohort + k + 1).isAfter(to);
            retention.add(ended && size > 0 ? (double) counts.getOrDefault(k, 0L) / size : null);
        }
        return new Cohort(granularity.start(cohort), size, retention);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
