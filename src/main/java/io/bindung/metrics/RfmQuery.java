package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.segments.Segments;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RFM scores from the purchase events before an instant: per customer with orders, recency = days
 * since the last order, frequency = orders, monetary = revenue; each scored 1–5 by quintile as
 * ⌈5 × cume_dist⌉ (so tied customers share a score; a more recent order scores higher), and named
 * by {@link RfmGroup}. Thread-safe.
 */
final class RfmQuery {
    private static final double DAY_MILLIS = 86_400_000.0;

    private final Jdbi jdbi;
    private final Segments segments;

    RfmQuery(Database database, Segments segments) {
        this.jdbi = database.jdbi();
        this.segments = segments;
    }

    record Scores(double recencyDays, long orders, double revenue, int recencyScore, int frequencyScore, int monetaryScore,
                  String group) {
    }

    /** A group's size and means. */
    record Group(String name, long customers, double share, double averageRecencyDays, double averageOrders, double averageRevenue) {
    }

    /** Every group with its customers (groups without any included), among the members. */
    List<Group> groups(Instant at, Members members) {
        Map<RfmGroup, double[]> sums = new EnumMap<>(RfmGroup.class);
        for (RfmGroup group : RfmGroup.values()) {
            sums.put(group, new double[4]);
        }
        String sql = "SELECT r, f, COUNT(*) AS n, SUM(recency) AS recency, SUM(orders) AS orders, SUM(revenue) AS revenue FROM ("
                + scored(members) + ") s GROUP BY r, f";
        jdbi.withHandle(handle -> bind(handle.createQuery(sql), at, members).map((rs, ctx) -> {
            double[] group = sums.get(RfmGroup.of(rs.getInt("r"), rs.getInt("f")));
            group[0] += rs.getLong("n");
            group[1] += rs.getDouble("recency");
            group[2] += rs.getDouble("orders");
            group[3] += rs.getDouble("revenue");
            return group;
        }).list());
        double total = sums.values().stream().mapToDouble(group -> group[0]).sum();
        List<Group> groups = new ArrayList<>();
        sums.forEach((group, sum) -> groups.add(sum[0] == 0 ? new Group(group.label(), 0, 0, 0, 0, 0)
                : new Group(group.label(), (long) sum[0], sum[0] / total, sum[1] / sum[0], sum[2] / sum[0], sum[3] / sum[0])));
        return groups;
    }

    /** These customers' scores, among all customers with orders; those without orders are missing. */
    Map<String, Scores> of(Collection<String> customerIds, Instant at) {
        Members everyone = new Members(Optional.empty());
        String sql = "SELECT * FROM (" + scored(everyone) + ") s WHERE customer_id IN (<customers>)";
        return jdbi.withHandle(handle -> {
            Query query = bind(handle.createQuery(sql), at, everyone).bindList("customers", List.copyOf(customerIds));
            Map<String, Scores> scores = new HashMap<>();
            query.map((rs, ctx) -> scores.put(rs.getString("customer_id"), new Scores(rs.getDouble("recency"), rs.getLong("orders"),
                    rs.getDouble("revenue"), rs.getInt("r"), rs.getInt("f"), rs.getInt("m"),
                    RfmGroup.of(rs.getInt("r"), rs.getInt("f")).label()))).list();
            return scores;
        });
    }

    private Query bind(Query query, Instant at, Members members) {
        return members.bind(query).bind("purchase", segments.purchaseEvent()).bind("at", at.toEpochMilli());
    }

    /** customer_id, recency, orders, revenue and the scores r, f, m. */
    private String scored(Members members) {
        String stats = "SELECT e.customer_id, COUNT(*) AS orders, COALESCE(SUM(" + segments.revenue("e") + "), 0) AS revenue,"
                + " (:at - MAX(e.ts)) / " + DAY_MILLIS + " AS recency FROM events e" + members.join()
                + " WHERE e.name = :purchase AND e.customer_id IS NOT NULL AND e.ts < :at GROUP BY e.customer_id";
        return "SELECT customer_id, recency, orders, revenue, " + quintile("recency DESC") + " AS r, " + quintile("orders") + " AS f, "
                + quintile("revenue") + " AS m FROM (" + stats + ") t";
    }

    /** ⌈5 × cume_dist⌉ without CEIL, which not every SQLite build has; the margin absorbs rounding of k/n. */
    private static String quintile(String order) {
        String cume = "CUME_DIST() OVER (ORDER BY " + order + ")";
        return "(CASE WHEN " + cume + " <= 0.2000000001 THEN 1 WHEN " + cume + " <= 0.4000000001 THEN 2 WHEN " + cume
                + " <= 0.6000000001 THEN 3 WHEN " + cume + " <= 0.8000000001 THEN 4 ELSE 5 END)";
    }
}
