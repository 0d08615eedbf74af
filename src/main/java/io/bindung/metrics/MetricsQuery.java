package io.bindung.metrics;

import io.bindung.db.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Metrics over the events of a time range, optionally of a segment's members, as SQL aggregates:
 * purchases (from the orders table), surveys, tickets and returns each in one statement, all in one
 * read transaction.
 * Event names other than the purchase follow DESIGN.md's vocabulary. Thread-safe.
 */
final class MetricsQuery {
    private static final double DAY_MILLIS = 86_400_000.0;
    private static final double YEAR_MILLIS = 365.25 * DAY_MILLIS;
    private static final double DEFAULT_CES_OPTIONS = 7;

    private final Jdbi jdbi;
    private final MetricsSql sql;

    MetricsQuery(Database database) {
        this.jdbi = database.jdbi();
        this.sql = new MetricsSql(database.dialect());
    }

    /** Which events: those of {@code name} in [from, to), of the segment's members when there is one. */
    private record Scope(Instant from, Instant to, Members members) {
        String events(String name) {
            return " FROM events e" + members.join() + " WHERE e.name = '" + name.replace("'", "''") + "'"
                    + " AND e.ts >= :from AND e.ts < :to AND e.customer_id IS NOT NULL";
        }

        /**
         * The orders of the range, to group by customer: the unary {@code +} keeps SQLite on the
         * (customer_id, ts, …) index, read in order, instead of the ts index and a sort of the range.
         */
        String orders() {
            return " FROM orders e" + members.join() + " WHERE +e.ts >= :from AND +e.ts < :to";
        }

        Query bind(Query query) {
            return members.bind(query).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
        }
    }

    RangeMetrics of(Instant from, Instant to, Optional<String> segmentId, Members members) {
        Scope scope = new Scope(from, to, members);
        return jdbi.inTransaction(handle -> {
            Map<String, Double> orders = one(scope.bind(handle.createQuery("SELECT COUNT(*) AS customers, COALESCE(SUM(n), 0) AS orders,"
                    + " COALESCE(SUM(CASE WHEN n > 1 THEN 1 ELSE 0 END), 0) AS repeaters, COALESCE(SUM(revenue), 0) AS revenue,"
                    + " COALESCE(SUM(sold), 0) AS sold FROM (SELECT e.customer_id, COUNT(*) AS n, SUM(e.revenue) AS revenue,"
                    + " SUM(e.products) AS sold" + scope.orders() + " GROUP BY e.customer_id) c")));
            Map<String, Double> gaps = one(scope.bind(handle.createQuery("SELECT AVG(e.ts - e.previous_ts) AS gap FROM orders e" + members.join()
                    + " WHERE e.ts >= :from AND e.ts < :to AND e.previous_ts >= :from")));
            Map<String, Double> tickets = one(scope.bind(handle.createQuery("SELECT COUNT(*) AS resolved, COALESCE(SUM(CASE WHEN "
                    + sql.text("firstContact") + " = 'true' THEN 1 ELSE 0 END), 0) AS first" + scope.events("Ticket Resolved"))));
            Map<String, Double> returns = one(scope.bind(handle.createQuery("SELECT COALESCE(SUM(COALESCE(" + sql.number("quantity")
                    + ", 1)), 0) AS returned" + scope.events("Product Returned"))));
            Map<String, RangeMetrics.SurveyScore> surveys = surveys(handle, scope);
            double orderCount = orders.get("orders");
            double customers = orders.get("customers");
            Double gap = gaps.get("gap");
            return new RangeMetrics(from, to, segmentId.orElse(null), (long) orderCount, (long) customers, orders.get("revenue"),
                    RangeMetrics.percent(orders.get("repeaters"), customers), RangeMetrics.ratio(orderCount, customers),
                    RangeMetrics.ratio(orders.get("revenue"), orderCount), gap == null ? null : gap / DAY_MILLIS,
                    surveys.get("nps"), surveys.get("csat"), surveys.get("ces"),
                    RangeMetrics.percent(tickets.get("first"), tickets.get("resolved")),
                    RangeMetrics.ratio(returns.get("returned"), orders.get("sold")));
        });
    }

    /** As {@code HistoricClv} in schema.graphqls. */
    record HistoricClv(Double value, Double averageOrderValue, Double purchasesPerYear, Double averageLifespanYears, long customers) {
    }

    /** The range's historic CLV: its AOV and purchase frequency, and the lifespans of its customers with orders from one statement. */
    HistoricClv historicClv(RangeMetrics range, Duration inactivity, Members members) {
        Scope scope = new Scope(range.from(), range.to(), members);
        Map<String, Double> lifespans = jdbi.withHandle(handle -> one(scope.bind(handle.createQuery(
                "SELECT COUNT(*) AS customers, AVG(CASE WHEN last_ts + :inactivity < :to THEN last_ts + :inactivity ELSE :to END - first_ts)"
                        + " AS lifespan FROM (SELECT e.customer_id, MIN(e.ts) AS first_ts, MAX(e.ts) AS last_ts FROM orders e" + members.join()
                        + " WHERE +e.ts < :to GROUP BY e.customer_id HAVING MAX(e.ts) >= :from) c")).bind("inactivity", inactivity.toMillis())));
        double rangeYears = Duration.between(range.from(), range.to()).toMillis() / YEAR_MILLIS;
        Double perYear = range.purchaseFrequency() == null ? null : range.purchaseFrequency() / rangeYears;
        Double lifespan = lifespans.get("lifespan") == null ? null : lifespans.get("lifespan") / YEAR_MILLIS;
        Double value = perYear == null || lifespan == null ? null : range.averageOrderValue() * perYear * lifespan;
        return new HistoricClv(value, range.averageOrderValue(), perYear, lifespan, lifespans.get("customers").longValue());
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
    private static Map<String, Double> one(Query query) {
        return query.map((rs, ctx) -> {
            Map<String, Double> row = new HashMap<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                double value = rs.getDouble(column);
                row.put(rs.getMetaData().getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), rs.wasNull() ? null : value);
            }
            return row;
        }).one();
    }
}
