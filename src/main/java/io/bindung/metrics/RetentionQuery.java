package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.db.Granularity;
import io.bindung.db.Dialect;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retention series and cohort matrices from the purchase events, as {@code Metrics.retention} and
 * {@code Metrics.cohorts} in schema.graphqls define them: three statements for a series, one for a
 * whole matrix. Thread-safe.
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

    /**
     * The periods of {@code granularity} across [from, to), the first and last clipped to it, in
     * three statements for the whole series: which customers exist at every boundary (their orders
     * in the inactivity window before it), how many of those exist at the next boundary too, and
     * whose first order falls in each period.
     */
    List<Point> series(Instant from, Instant to, Granularity granularity, Duration inactivity, Members members) {
        List<Instant> bounds = new ArrayList<>(List.of(from));
        for (Instant start = from; start.isBefore(to); start = granularity.next(granularity.floor(start))) {
            bounds.add(min(granularity.next(granularity.floor(start)), to));
        }
        List<String> values = new ArrayList<>();
        for (int k = 0; k < bounds.size(); k++) {
            values.add("(" + k + ", :t" + k + ")");
        }
        String orders = " FROM events e" + members.join() + " WHERE e.name = :purchase AND e.customer_id IS NOT NULL";
        String with = "WITH bounds (k, t) AS (VALUES " + String.join(", ", values) + "),"
                + " existing AS (SELECT DISTINCT b.k, e.customer_id" + orders.replace(" FROM events e", " FROM bounds b JOIN events e"
                + " ON e.ts >= b.t - :inactivity AND e.ts < b.t") + "),"
                + " firsts AS (SELECT e.customer_id, MIN(e.ts) AS first" + orders + " GROUP BY e.customer_id) ";
        return jdbi.inTransaction(handle -> {
            Map<Long, Long> existing = counts(handle, with + "SELECT k, COUNT(*) AS n FROM existing GROUP BY k", bounds, inactivity, members);
            Map<Long, Long> retained = counts(handle, with + "SELECT x.k, COUNT(*) AS n FROM existing x JOIN existing y"
                    + " ON y.customer_id = x.customer_id AND y.k = x.k + 1 GROUP BY x.k", bounds, inactivity, members);
            Map<Long, Long> fresh = counts(handle, with + "SELECT b.k, COUNT(*) AS n FROM bounds b JOIN bounds n ON n.k = b.k + 1"
                    + " JOIN firsts f ON f.first >= b.t AND f.first < n.t GROUP BY b.k", bounds, inactivity, members);
            List<Point> points = new ArrayList<>();
            for (long k = 0; k + 1 < bounds.size(); k++) {
                long atStart = existing.getOrDefault(k, 0L);
                long atEnd = existing.getOrDefault(k + 1, 0L);
                long joined = fresh.getOrDefault(k, 0L);
                long lost = atStart - retained.getOrDefault(k, 0L);
                points.add(new Point(bounds.get((int) k), bounds.get((int) k + 1), atStart, atEnd, joined, lost,
                        RangeMetrics.percent(atEnd - joined, atStart), RangeMetrics.percent(lost, atStart)));
            }
            return points;
        });
    }

    private Map<Long, Long> counts(Handle handle, String sql, List<Instant> bounds, Duration inactivity, Members members) {
        Query query = members.bind(handle.createQuery(sql)).bind("purchase", segments.purchaseEvent()).bind("inactivity", inactivity.toMillis());
        for (int k = 0; k < bounds.size(); k++) {
            query.bind("t" + k, bounds.get(k).toEpochMilli());
        }
        Map<Long, Long> counts = new HashMap<>();
        query.map((rs, ctx) -> counts.put(rs.getLong("k"), rs.getLong("n"))).list();
        return counts;
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
