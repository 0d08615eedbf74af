package io.bindung.experiments;

import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.SqlCondition;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-arm sufficient statistics in SQL. An exposure is a customer's first {@code Experiment
 * Viewed} event of the experiment since the phase started, whether this server assigned them or a
 * client did ({@code properties.experimentId} and {@code variationId}); its arm is that event's
 * {@code variationId}. Table {@code experiment_exposures} holds those first exposures, kept by
 * triggers as events are written (migration V011) and rebuilt here when a phase starts.
 *
 * <p>A metric's per-customer value counts the events within its window after the first exposure
 * (and before the time the results are for). Customers without such events add 0 to every sum, so
 * the sums come from the metric's events joined to their customers' exposures, never from a pass
 * over every exposed customer, and {@code n} from the exposure counts per arm. Nothing is loaded row
 * by row into Java. Thread-safe.
 */
final class ExposureQuery {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Segments segments;

    ExposureQuery(Database database, Segments segments) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.segments = segments;
    }

    /**
     * Runs {@code reads} in one read transaction, so exposures and metric sums agree: WAL's snapshot
     * on SQLite, repeatable read on PostgreSQL.
     */
    <T> T snapshot(HandleCallback<T, RuntimeException> reads) {
        if (dialect == Dialect.POSTGRESQL) {
            return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, reads);
        }
        return jdbi.inTransaction(reads);
    }

    /** Exposed customers per arm, first exposed in [since, until). */
    Map<String, Long> exposures(Handle handle, String key, Instant since, Instant until) {
        Map<String, Long> counts = new HashMap<>();
        handle.createQuery("SELECT variation, COUNT(*) AS n FROM experiment_exposures"
                            + " WHERE experiment_key = :key AND ts >= :since AND ts < :until GROUP BY variation")
                    .bind("key", key)
                    .bind("since", since.toEpochMilli())
                    .bind("until", until.toEpochMilli())
                    .map((rs, ctx) -> counts.put(rs.getString("variation"), rs.getLong("n")))
                    .list();
        return counts;
    }

    /**
     * The sums of a metric's per-customer values per arm: x (a ratio's numerator), y (a ratio's
     * denominator) and, with a {@code lookback}, z: the same metric over that long before the first
     * exposure, the covariate of CUPED. Arms whose customers all have 0 are missing.
     */
    Map<String, MetricSums> sums(Handle handle, String key, Instant since, Instant until, Metric metric, Optional<Duration> lookback) {
        List<SqlCondition> parts = new ArrayList<>();
        if (metric instanceof Metric.Ratio ratio) {
            parts.add(part(ratio.numerator(), "x", Period.AFTER, "n"));
            parts.add(part(ratio.denominator(), "y", Period.AFTER, "d"));
        } else {
            Metric.PerCustomer perCustomer = (Metric.PerCustomer) metric;
            parts.add(part(perCustomer, "x", Period.AFTER, "m"));
            lookback.ifPresent(before -> parts.add(part(perCustomer, "z", Period.BEFORE, "p")));
        }
        String perCustomer = parts.size() == 1 ? parts.get(0).sql()
                : "SELECT customer_id, arm, SUM(vx) AS vx, SUM(vy) AS vy, SUM(vz) AS vz FROM ("
                + String.join(" UNION ALL ", parts.stream().map(SqlCondition::sql).toList()) + ") p GROUP BY customer_id, arm";
        String sql = "SELECT arm, SUM(vx) AS sx, SUM(vx * vx) AS sxx, SUM(vy) AS sy, SUM(vy * vy) AS syy, SUM(vx * vy) AS sxy,"
                + " SUM(vz) AS sz, SUM(vz * vz) AS szz, SUM(vx * vz) AS sxz FROM (" + perCustomer + ") c GROUP BY arm";
        Query query = handle.createQuery(sql);
        parts.forEach(part -> part.binds().forEach(query::bind));
        Map<String, MetricSums> sums = new HashMap<>();
        query.bind("key", key)
                    .bind("since", since.toEpochMilli())
                    .bind("until", until.toEpochMilli())
                    .bind("lookback", lookback.map(Duration::toMillis).orElse(0L))
                    .map((rs, ctx) -> sums.put(rs.getString("arm"), new MetricSums(rs.getDouble("sx"), rs.getDouble("sxx"),
                            rs.getDouble("sy"), rs.getDouble("syy"), rs.getDouble("sxy"), rs.getDouble("sz"), rs.getDouble("szz"),
                            rs.getDouble("sxz"))))
                    .list();
        return sums;
    }

    /** Within the window after the first exposure, or within the lookback before it. */
    private enum Period {
        AFTER, BEFORE
    }

    /**
     * One value per customer with matching events in the period, in column {@code v<column>} (the
     * other two 0); the events' own bounds on {@code ts} let the database range-scan them by name.
     */
    private SqlCondition part(Metric.PerCustomer metric, String column, Period period, String prefix) {
        SqlCondition match = segments.eventMatch(metric.condition(), "metric", prefix);
        Map<String, Object> binds = new HashMap<>(match.binds());
        binds.put(prefix + "window", metric.window().toMillis());
        String value = switch (metric.type()) {
            case "conversion" -> "1";
            case "count" -> "COUNT(*)";
            default -> {
                binds.put(prefix + "property", metric.property());
                yield "COALESCE(SUM(" + dialect.jsonKeyAsNumber("e.properties", ":" + prefix + "property") + "), 0)";
            }
        };
        String within = period == Period.AFTER
                ? "e.ts >= :since AND e.ts < :until AND e.ts >= x.ts AND e.ts < x.ts + :" + prefix + "window"
                : "e.ts >= :since - :lookback AND e.ts < :until AND e.ts >= x.ts - :lookback AND e.ts < x.ts";
        String columns = switch (column) {
            case "x" -> value + " AS vx, 0 AS vy, 0 AS vz";
            case "y" -> "0 AS vx, " + value + " AS vy, 0 AS vz";
            default -> "0 AS vx, 0 AS vy, " + value + " AS vz";
        };
        String sql = "SELECT x.customer_id, x.variation AS arm, " + columns
                + " FROM events e JOIN experiment_exposures x ON x.experiment_key = :key AND x.customer_id = e.customer_id"
                + " WHERE x.ts >= :since AND x.ts < :until AND " + within + " AND " + match.sql()
                + " GROUP BY x.customer_id, x.variation";
        return new SqlCondition(sql, binds);
    }

    /**
     * Replaces the experiment's exposures by each customer's first one since its current phase
     * started; in the transaction that starts the experiment or a phase.
     */
    void rebuild(Handle handle, String key) {
        handle.createUpdate("DELETE FROM experiment_exposures WHERE experiment_key = :key").bind("key", key).execute();
        String experiment = property("experimentId");
        String variation = property("variationId");
        handle.createUpdate("INSERT INTO experiment_exposures (experiment_key, customer_id, ts, event_id, variation)"
                        + " SELECT :key, customer_id, ts, id, variation FROM ("
                        + "SELECT v.customer_id, v.ts, v.id, " + variation + " AS variation,"
                        + " ROW_NUMBER() OVER (PARTITION BY v.customer_id ORDER BY v.ts, v.id) AS place"
                        + " FROM events v WHERE v.name = 'Experiment Viewed' AND v.customer_id IS NOT NULL"
                        + " AND v.ts >= (SELECT phase_started_at FROM experiments WHERE experiment_key = :key)"
                        + " AND " + identifier("experimentId") + " AND " + identifier("variationId")
                        + " AND " + experiment + " = :key) f WHERE place = 1")
                .bind("key", key)
                .execute();
    }

    /** A property of {@code v.properties} as text, as the triggers of V011 read it. */
    private String property(String name) {
        return dialect == Dialect.POSTGRESQL ? "(v.properties ->> '" + name + "')"
                : "CAST(json_extract(v.properties, '$." + name + "') AS TEXT)";
    }

    /** The property is a string or a number, as the triggers of V011 require. */
    private String identifier(String name) {
        return dialect == Dialect.POSTGRESQL ? "jsonb_typeof(v.properties -> '" + name + "') IN ('string', 'number')"
                : "json_type(v.properties, '$." + name + "') IN ('text', 'integer')";
    }
}
