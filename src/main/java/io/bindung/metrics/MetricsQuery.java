package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Metrics over the events of a time range, optionally of a segment's members, as SQL aggregates:
 * purchases, surveys, tickets and returns each in one statement, all in one read transaction.
 * Event names other than the purchase follow DESIGN.md's vocabulary. Thread-safe.
 */
final class MetricsQuery {
    private static final double DAY_MILLIS = 86_400_000.0;
    private static final double DEFAULT_CES_OPTIONS = 7;

    private final Jdbi jdbi;
    private final MetricsSql sql;
    private final Segments segments;

    MetricsQuery(Database database, Segments segments) {
        this.jdbi = database.jdbi();
        this.sql = new MetricsSql(database.dialect());
        this.segments = segments;
    }

    /** Which events: those of {@code name} in [from, to), of the segment's members when there is one. */
    private record Scope(Instant from, Instant to, Members members) {
        String events(String name) {
            return " FROM events e" + members.join() + " WHERE e.name = '" + name.replace("'", "''") + "'"
                    + " AND e.ts >= :from AND e.ts < :to AND e.customer_id IS NOT NULL";
        }

        Query bind(Query query) {
            return members.bind(query).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
        }
    }

    RangeMetrics of(Instant from, Instant to, Optional<String> segmentId, Members members) {
        Scope scope = new Scope(from, to, members);
        return jdbi.inTransaction(handle -> {
            Map<String, Double> orders = one(handle, scope, "SELECT COUNT(*) AS orders, COUNT(DISTINCT e.customer_id) AS customers,"
                    + " COALESCE(SUM(" + segments.revenue("e") + "), 0) AS revenue, COALESCE(SUM(" + sql.productsSold() + "), 0) AS sold"
                    + scope.events(segments.purchaseEvent()));
            Map<String, Double> repeat = one(handle, scope, "SELECT COUNT(*) AS repeaters FROM (SELECT e.customer_id"
                    + scope.events(segments.purchaseEvent()) + " GROUP BY e.customer_id HAVING COUNT(*) > 1) r");
            Map<String, Double> gaps = one(handle, scope, "SELECT AVG(gap) AS gap FROM (SELECT e.ts - LAG(e.ts) OVER"
                    + " (PARTITION BY e.customer_id ORDER BY e.ts, e.id) AS gap" + scope.events(segments.purchaseEvent()) + ") g");
            Map<String, Double> tickets = one(handle, scope, "SELECT COUNT(*) AS resolved, COALESCE(SUM(CASE WHEN "
                    + sql.text("firstContact") + " = 'true' THEN 1 ELSE 0 END), 0) AS first" + scope.events("Ticket Resolved"));
            Map<String, Double> returns = one(handle, scope, "SELECT COALESCE(SUM(COALESCE(" + sql.number("quantity")
                    + ", 1)), 0) AS returned" + scope.events("Product Returned"));
            Map<String, RangeMetrics.SurveyScore> surveys = surveys(handle, scope);
            double orderCount = orders.get("orders");
            double customers = orders.get("customers");
            Double gap = gaps.get("gap");
            return new RangeMetrics(from, to, segmentId.orElse(null), (long) orderCount, (long) customers, orders.get("revenue"),
                    RangeMetrics.percent(repeat.get("repeaters"), customers), RangeMetrics.ratio(orderCount, customers),
                    RangeMetrics.ratio(orders.get("revenue"), orderCount), gap == null ? null : gap / DAY_MILLIS,
                    surveys.get("nps"), surveys.get("csat"), surveys.get("ces"),
                    RangeMetrics.percent(tickets.get("first"), tickets.get("resolved")),
                    RangeMetrics.ratio(returns.get("returned"), orders.get("sold")));
        });
    }

    /** NPS, CSAT and CES from {@code Survey Responded} events with a numeric score. */
    private Map<String, RangeMetrics.SurveyScore> surveys(Handle handle, Scope scope) {
        String answers = "SELECT " + sql.text("survey") + " AS survey, " + sql.number("score") + " AS score, " + sql.number("options")
                + " AS options" + scope.events("Survey Responded");
        Query query = scope.bind(handle.createQuery("SELECT survey, COUNT(*) AS n, SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS promoters,"
                + " SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS detractors, SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) AS satisfied,"
                + " SUM(score * 1.0 / COALESCE(options, " + DEFAULT_CES_OPTIONS + ")) AS relative FROM (" + answers + ") a"
                + " WHERE score IS NOT NULL AND survey IN ('nps', 'csat', 'ces') GROUP BY survey"));
        Map<String, RangeMetrics.SurveyScore> scores = new HashMap<>(Map.of("nps", none(), "csat", none(), "ces", none()));
        query.map((rs, ctx) -> {
            long n = rs.getLong("n");
            String survey = rs.getString("survey");
            Double score = switch (survey) {
                case "nps" -> RangeMetrics.percent(rs.getDouble("promoters"), n) - RangeMetrics.percent(rs.getDouble("detractors"), n);
                case "csat" -> RangeMetrics.percent(rs.getDouble("satisfied"), n);
                default -> RangeMetrics.percent(rs.getDouble("relative"), n);
            };
            return scores.put(survey, new RangeMetrics.SurveyScore(score, n));
        }).list();
        return scores;
    }

    private static RangeMetrics.SurveyScore none() {
        return new RangeMetrics.SurveyScore(null, 0);
    }

    /** The one row of an aggregate, column by column; SQL NULL stays null. */
    private static Map<String, Double> one(Handle handle, Scope scope, String select) {
        return scope.bind(handle.createQuery(select)).map((rs, ctx) -> {
            Map<String, Double> row = new HashMap<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                double value = rs.getDouble(column);
                row.put(rs.getMetaData().getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), rs.wasNull() ? null : value);
            }
            return row;
        }).one();
    }
}
