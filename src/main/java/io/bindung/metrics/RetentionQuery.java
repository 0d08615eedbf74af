package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.Granularity;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retention series and cohort matrices from the orders table, as {@code Metrics.retention} and
 * {@code Metrics.cohorts} in schema.graphqls define them: one statement each. Thread-safe.
 */
final class RetentionQuery {
    private final Jdbi jdbi;
    private final Dialect dialect;

    RetentionQuery(Database database) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
    }

    record Point(Instant start, Instant end, long customersAtStart, long customersAtEnd, long newCustomers, long lostCustomers,
                 Double retentionRate, Double churnRate) {
    }

    record Cohort(Instant start, long customers, List<Double> retention) {
    }

    record Matrix(Granularity granularity, List<Cohort> cohorts) {
    }

    /**
     * The periods of {@code granularity} across [from, to), the first and last clipped to it, in one
     * pass over the orders from {@code from − inactivity} on, grouped by the periods of their ts, of
     * their lapse (ts + inactivity) and of the customer's next order. A customer exists at t when
     * their last order o before t is at most {@code inactivity} old: o counts at every boundary t in
     * (o.ts, e(o)] with e(o) = min(o's next order, o.ts + inactivity). So the customers at boundary
     * k are #{o.ts &lt; t_k} − #{e(o) &lt; t_k}: prefix sums of how many orders have their ts, and their
     * e(o), in each period. A customer existing at t_k is lost by t_{k+1} when their last order before
     * t_{k+1} lapses inside [t_k, t_{k+1}) and they existed at t_k: either that order is older than
     * t_k (so it was their last before t_k too), or it is inside the period and an earlier order of
     * theirs covers t_k (possible only when a period is longer than the inactivity). New customers
     * are first orders ever inside each period.
     */
    List<Point> series(Instant from, Instant to, Granularity granularity, Duration inactivity, Members members) {
        Boundaries bounds = Boundaries.of(from, to, granularity, dialect);
        int periods = bounds.periods();
        String ordered = bounds.index("e.ts");
        String lapsed = bounds.index("e.ts + :inactivity");
        // An order whose lapse falls in its own period can only be the lost customer's last when a period outlasts the inactivity.
        String early = bounds.longestPeriod().compareTo(inactivity) <= 0 ? "0" : "(CASE WHEN " + ordered + " = " + lapsed
                + " AND EXISTS (SELECT 1 FROM orders p WHERE p.customer_id = e.customer_id AND p.ts < e.ts AND " + bounds.index("p.ts")
                + " < " + ordered + " AND " + bounds.index("p.ts + :inactivity") + " >= " + ordered + ") THEN 1 ELSE 0 END)";
        String sql = "SELECT a, c, x, early, f, COUNT(*) AS n FROM (SELECT " + ordered + " AS a, " + lapsed + " AS c,"
                + " COALESCE(" + bounds.index("e.next_ts") + ", " + (periods + 2) + ") AS x, " + early + " AS early,"
                + " (CASE WHEN e.previous_ts IS NULL THEN 1 ELSE 0 END) AS f FROM orders e" + members.join()
                + " WHERE e.ts >= :since AND e.ts < :to) o GROUP BY a, c, x, early, f";
        long[] orders = new long[periods + 2];
        long[] lapses = new long[periods + 2];
        long[] fresh = new long[periods];
        long[] lost = new long[periods];
        jdbi.useHandle(handle -> members.bind(handle.createQuery(sql))
                .bind("inactivity", inactivity.toMillis())
                .bind("since", from.toEpochMilli() - inactivity.toMillis())
                .bind("to", to.toEpochMilli())
                .map((rs, ctx) -> {
                    int a = rs.getInt("a");
                    int c = rs.getInt("c");
                    int next = rs.getInt("x");
                    long n = rs.getLong("n");
                    orders[a] += n;
                    lapses[Math.min(next, c)] += n;
                    if (rs.getInt("f") == 1 && a >= 1 && a <= periods) {
                        fresh[a - 1] += n;
                    }
                    if (next > c && c >= 1 && c <= periods && (a < c || rs.getInt("early") == 1)) {
                        lost[c - 1] += n;
                    }
                    return n;
                }).list());
        List<Point> points = new ArrayList<>();
        long atStart = orders[0] - lapses[0];
        for (int k = 0; k < periods; k++) {
            long atEnd = atStart + orders[k + 1] - lapses[k + 1];
            points.add(new Point(bounds.start(k), bounds.start(k + 1), atStart, atEnd, fresh[k], lost[k],
                    RangeMetrics.percent(atEnd - fresh[k], atStart), RangeMetrics.percent(lost[k], atStart)));
            atStart = atEnd;
        }
        return points;
    }

    /** Cohorts by first order in [from, to), with {@code periods} cells each; cells not ended by {@code to} are null. */
    Matrix cohorts(Instant from, Instant to, Granularity granularity, int periods, Members members) {
        String cohort = granularity.number("e.ts", dialect);
        String since = granularity.number("o.ts", dialect) + " - " + cohort;
        String sql = "SELECT " + cohort + " AS cohort, " + since + " AS k, COUNT(DISTINCT o.customer_id) AS customers"
                + " FROM orders e" + members.join() + " JOIN orders o ON o.customer_id = e.customer_id AND o.ts < :to"
                + " WHERE e.previous_ts IS NULL AND e.ts >= :from AND e.ts < :to GROUP BY " + cohort + ", " + since;
        Map<Long, Map<Long, Long>> cells = jdbi.withHandle(handle -> {
            Map<Long, Map<Long, Long>> rows = new TreeMap<>();
            members.bind(handle.createQuery(sql))
                    .bind("from", from.toEpochMilli())
                    .bind("to", to.toEpochMilli())
                    .map((rs, ctx) -> rows.computeIfAbsent(rs.getLong("cohort"), key -> new HashMap<>())
                            .put(rs.getLong("k"), rs.getLong("customers")))
                    .list();
            return rows;
        });
        List<Cohort> cohorts = new ArrayList<>();
        cells.forEach((number, counts) -> cohorts.add(cohort(granularity, number, counts, periods, to)));
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
}
