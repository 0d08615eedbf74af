package io.bindung.experiments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.SqlCondition;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * over every exposed customer, and {@code n} from the exposure counts per arm. Every figure is for
 * a {@link Scope}: all customers now, or some customers now or as they were at an earlier
 * watermark (for {@link ResultsCache}). Nothing is loaded row by row into Java. Thread-safe.
 */
final class ExposureQuery {
    /** The event that records an exposure. */
    static final String VIEWED = "Experiment Viewed";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Segments segments;

    ExposureQuery(Database database, Segments segments) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.segments = segments;
    }

    /**
     * Which exposures and events a computation sees: {@code exposures} selects (customer_id, ts,
     * variation), {@code events} names the events table as {@code e} and {@code visible} filters it.
     */
    record Scope(String exposures, String events, String visible, Map<String, Object> binds) {
    }

    /** Every customer first exposed in [since, until), with the events before {@code until}. */
    Scope everyone(String key, Instant since, Instant until) {
        return new Scope("SELECT customer_id, ts, variation FROM experiment_exposures"
                + " WHERE experiment_key = :key AND ts >= :since AND ts < :until", "events e", "e.ts < :until",
                Map.of("key", key, "since", since.toEpochMilli(), "until", until.toEpochMilli()));
    }

    /** As {@link #everyone}, for these customers only (SQLite). */
    Scope these(String key, Instant since, Instant until, Collection<String> customers) {
        Map<String, Object> binds = new HashMap<>(everyone(key, since, until).binds());
        binds.put("customers", json(customers));
        return new Scope("SELECT customer_id, ts, variation FROM experiment_exposures WHERE experiment_key = :key"
                + " AND ts >= :since AND ts < :until AND customer_id IN (SELECT value FROM json_each(:customers))",
                "events e INDEXED BY events_customer_ts", "e.ts < :until AND e.customer_id IN (SELECT value FROM json_each(:customers))",
                binds);
    }

    /**
     * These customers as they were when the last event was {@code watermark} and the last rewrite
     * {@code rewrites}, for results until {@code until} (SQLite, whose single writer commits events
     * in id order): events written since, and events adopted from an anonymous visitor since, are
     * not seen, and first exposures come from the events that were.
     */
    Scope these(String key, Instant since, Instant until, Collection<String> customers, long watermark, long rewrites) {
        Map<String, Object> binds = new HashMap<>(everyone(key, since, until).binds());
        binds.put("customers", json(customers));
        binds.put("watermark", watermark);
        binds.put("rewrites", rewrites);
        String seen = " AND %1$s.id <= :watermark AND %1$s.customer_id IN (SELECT value FROM json_each(:customers))"
                + " AND %1$s.id NOT IN (SELECT event_id FROM event_rewrites WHERE seq > :rewrites AND event_id IS NOT NULL)";
        String exposures = "SELECT customer_id, ts, variation FROM (" + firstExposures("v.ts >= :since AND v.ts < :until"
                + seen.formatted("v")) + ") f";
        return new Scope(exposures, "events e INDEXED BY events_customer_ts", "e.ts < :until" + seen.formatted("e"), binds);
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

    /** Exposed customers per arm. */
    Map<String, Long> exposures(Handle handle, Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        Query query = handle.createQuery("SELECT variation, COUNT(*) AS n FROM (" + scope.exposures() + ") x GROUP BY variation");
        scope.binds().forEach(query::bind);
        query.map((rs, ctx) -> counts.put(rs.getString("variation"), rs.getLong("n"))).list();
        return counts;
    }

    /**
     * The sums of a metric's per-customer values per arm: x (a ratio's numerator), y (a ratio's
     * denominator) and, with a {@code lookback}, z: the same metric over that long before the first
     * exposure, the covariate of CUPED. Arms whose customers all have 0 are missing.
     */
    Map<String, MetricSums> sums(Handle handle, Scope scope, Metric metric, Optional<Duration> lookback) {
        List<SqlCondition> parts = new ArrayList<>();
        if (metric instanceof Metric.Ratio ratio) {
            parts.add(part(scope, ratio.numerator(), "x", Period.AFTER, "n"));
            parts.add(part(scope, ratio.denominator(), "y", Period.AFTER, "d"));
        } else {
            Metric.PerCustomer perCustomer = (Metric.PerCustomer) metric;
            parts.add(part(scope, perCustomer, "x", Period.AFTER, "m"));
            lookback.ifPresent(before -> parts.add(part(scope, perCustomer, "z", Period.BEFORE, "p")));
        }
        String perCustomer = parts.size() == 1 ? parts.get(0).sql()
                : "SELECT customer_id, arm, SUM(vx) AS vx, SUM(vy) AS vy, SUM(vz) AS vz FROM ("
                + String.join(" UNION ALL ", parts.stream().map(SqlCondition::sql).toList()) + ") p GROUP BY customer_id, arm";
        String sql = "SELECT arm, SUM(vx) AS sx, SUM(vx * vx) AS sxx, SUM(vy) AS sy, SUM(vy * vy) AS syy, SUM(vx * vy) AS sxy,"
                + " SUM(vz) AS sz, SUM(vz * vz) AS szz, SUM(vx * vz) AS sxz FROM (" + perCustomer + ") c GROUP BY arm";
        Query query = handle.createQuery(sql);
        parts.forEach(part -> part.binds().forEach(query::bind));
        scope.binds().forEach(query::bind);
        Map<String, MetricSums> sums = new HashMap<>();
        query.bind("lookback", lookback.map(Duration::toMillis).orElse(0L))
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
    private SqlCondition part(Scope scope, Metric.PerCustomer metric, String column, Period period, String prefix) {
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
                ? "e.ts >= :since AND e.ts >= x.ts AND e.ts < x.ts + :" + prefix + "window"
                : "e.ts >= :since - :lookback AND e.ts >= x.ts - :lookback AND e.ts < x.ts";
        String columns = switch (column) {
            case "x" -> value + " AS vx, 0 AS vy, 0 AS vz";
            case "y" -> "0 AS vx, " + value + " AS vy, 0 AS vz";
            default -> "0 AS vx, 0 AS vy, " + value + " AS vz";
        };
        String sql = "SELECT x.customer_id, x.variation AS arm, " + columns
                + " FROM " + scope.events() + " JOIN (" + scope.exposures() + ") x ON x.customer_id = e.customer_id"
                + " WHERE " + scope.visible() + " AND " + within + " AND " + match.sql()
                + " GROUP BY x.customer_id, x.variation";
        return new SqlCondition(sql, binds);
    }

    /** The newest event's id and event rewrite's sequence number (0 for none), SQLite. */
    Watermark watermark(Handle handle) {
        return handle.createQuery("SELECT COALESCE((SELECT MAX(id) FROM events), 0) AS events,"
                        + " COALESCE((SELECT MAX(seq) FROM event_rewrites), 0) AS rewrites")
                .map((rs, ctx) -> new Watermark(rs.getLong("events"), rs.getLong("rewrites")))
                .one();
    }

    record Watermark(long events, long rewrites) {
    }

    /** Whether a customer was deleted after rewrite {@code rewrites}: their events are gone, so totals must be recomputed. */
    boolean deletedSince(Handle handle, long rewrites) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM event_rewrites WHERE seq > :rewrites AND deleted = 1)")
                .bind("rewrites", rewrites)
                .mapTo(Boolean.class)
                .one();
    }

    /**
     * The customers whose totals may differ from those at {@code since}: with an event of one of
     * {@code names} written after it or timed in [{@code from}, {@code to}), or adopted events.
     */
    Set<String> touched(Handle handle, Set<String> names, Watermark since, Instant from, Instant to) {
        String named = "name IN (SELECT value FROM json_each(:names)) AND customer_id IS NOT NULL";
        return Set.copyOf(handle.createQuery("SELECT customer_id FROM events WHERE id > :events AND " + named
                        + " UNION SELECT customer_id FROM events WHERE " + named + " AND ts >= :from AND ts < :to"
                        + " UNION SELECT customer_id FROM event_rewrites WHERE seq > :rewrites")
                .bind("names", json(names))
                .bind("events", since.events())
                .bind("rewrites", since.rewrites())
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .mapTo(String.class)
                .list());
    }

    /** Forgets event rewrites written before {@code before}. */
    void pruneRewrites(Instant before) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM event_rewrites WHERE at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }

    /**
     * Replaces the experiment's exposures by each customer's first one since its current phase
     * started; in the transaction that starts the experiment or a phase.
     */
    void rebuild(Handle handle, String key) {
        handle.createUpdate("DELETE FROM experiment_exposures WHERE experiment_key = :key").bind("key", key).execute();
        handle.createUpdate("INSERT INTO experiment_exposures (experiment_key, customer_id, ts, event_id, variation)"
                        + " SELECT :key, customer_id, ts, id, variation FROM (" + firstExposures(
                        "v.ts >= (SELECT phase_started_at FROM experiments WHERE experiment_key = :key)") + ") f")
                .bind("key", key)
                .execute();
    }

    /** Each customer's first {@code Experiment Viewed} of experiment {@code :key} among the events {@code v} that pass {@code condition}. */
    private String firstExposures(String condition) {
        return "SELECT customer_id, ts, id, variation FROM (SELECT v.customer_id, v.ts, v.id, " + property("variationId")
                + " AS variation, ROW_NUMBER() OVER (PARTITION BY v.customer_id ORDER BY v.ts, v.id) AS place"
                + " FROM events v WHERE v.name = '" + VIEWED + "' AND v.customer_id IS NOT NULL AND " + condition
                + " AND " + identifier("experimentId") + " AND " + identifier("variationId")
                + " AND " + property("experimentId") + " = :key) ranked WHERE place = 1";
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

    private static String json(Collection<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array.toString();
    }
}
