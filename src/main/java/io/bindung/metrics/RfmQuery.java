package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.segments.OrderBook;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFM scores from the orders before an instant: per customer with orders, recency = days since the
 * last order, frequency = orders, monetary = revenue; each scored 1–5 by quintile as
 * ⌈5 × cume_dist⌉ (so tied customers share a score; a more recent order scores higher), and named
 * by {@link RfmGroup}. A customer's scores rank them among all customers, so the ranking of
 * everyone is kept until an order is added or removed (the order book's version) or one falls
 * between the instant it was built for and the one asked for. Thread-safe.
 */
final class RfmQuery {
    private static final double DAY_MILLIS = 86_400_000.0;

    private final Jdbi jdbi;
    private volatile Ranking ranking;

    RfmQuery(Database database) {
        this.jdbi = database.jdbi();
    }

    record Scores(double recencyDays, long orders, double revenue, int recencyScore, int frequencyScore, int monetaryScore,
                  String group) {
    }

    /** A group's size and means. */
    record Group(String name, long customers, double share, double averageRecencyDays, double averageOrders, double averageRevenue) {
    }

    /** One customer's orders before the ranking's instant. */
    private record Figures(long lastOrder, long orders, double revenue) {
    }

    /** Everyone's figures, and each figure sorted for cume_dist, valid for {@code version} of the orders at {@code at}. */
    private record Ranking(long version, Instant at, Map<String, Figures> customers, double[] lastOrders, double[] orders,
                           double[] revenues) {
        Scores scores(Figures figures, Instant now) {
            int r = quintile(atMost(lastOrders, figures.lastOrder()));
            int f = quintile(atMost(orders, figures.orders()));
            int m = quintile(atMost(revenues, figures.revenue()));
            return new Scores((now.toEpochMilli() - figures.lastOrder()) / DAY_MILLIS, figures.orders(), figures.revenue(), r, f, m,
                    RfmGroup.of(r, f).label());
        }

        /** ⌈5 × k/n⌉ with the same margin as the SQL of {@link #quintile(String)}. */
        private int quintile(long atMost) {
            double cume = (double) atMost / customers.size();
            return cume <= 0.2000000001 ? 1 : cume <= 0.4000000001 ? 2 : cume <= 0.6000000001 ? 3 : cume <= 0.8000000001 ? 4 : 5;
        }

        /** How many of the sorted values are at most {@code value} (epoch milliseconds and counts are exact as doubles). */
        private static int atMost(double[] sorted, double value) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] <= value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /** Every group with its customers (groups without any included), among the members. */
    List<Group> groups(Instant at, Members members) {
        Map<RfmGroup, double[]> sums = new EnumMap<>(RfmGroup.class);
        for (RfmGroup group : RfmGroup.values()) {
            sums.put(group, new double[4]);
        }
        String scored = "SELECT customer_id, recency, orders, revenue, " + quintile("recency DESC") + " AS r, " + quintile("orders")
                + " AS f FROM (" + figures(members) + ") t";
        String sql = "SELECT r, f, COUNT(*) AS n, SUM(recency) AS recency, SUM(orders) AS orders, SUM(revenue) AS revenue FROM ("
                + scored + ") s GROUP BY r, f";
        jdbi.withHandle(handle -> members.bind(handle.createQuery(sql)).bind("at", at.toEpochMilli()).map((rs, ctx) -> {
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
        Ranking current = ranking(at);
        Map<String, Scores> scores = new HashMap<>();
        for (String id : customerIds) {
            Figures figures = current.customers().get(id);
            if (figures != null) {
                scores.put(id, current.scores(figures, at));
            }
        }
        return scores;
    }

    /** The kept ranking when still valid, else a new one. The version is read before the orders, so a race only costs a rebuild. */
    private synchronized Ranking ranking(Instant at) {
        return jdbi.withHandle(handle -> {
            long version = OrderBook.version(handle);
            Ranking kept = ranking;
            if (kept == null || kept.version() != version || ordersBetween(handle, kept.at(), at)) {
                kept = rank(handle, version, at);
                ranking = kept;
            }
            return kept;
        });
    }

    private static boolean ordersBetween(Handle handle, Instant a, Instant b) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        return handle.createQuery("SELECT 1 FROM orders WHERE ts >= :from AND ts < :to LIMIT 1")
                .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli()).mapTo(Integer.class).findOne().isPresent();
    }

    private static Ranking rank(Handle handle, long version, Instant at) {
        Map<String, Figures> customers = new HashMap<>();
        handle.createQuery("SELECT e.customer_id, COUNT(*) AS orders, COALESCE(SUM(e.revenue), 0) AS revenue, MAX(e.ts) AS last_order"
                        + " FROM orders e WHERE +e.ts < :at GROUP BY e.customer_id")
                .bind("at", at.toEpochMilli())
                .map((rs, ctx) -> customers.put(rs.getString("customer_id"),
                        new Figures(rs.getLong("last_order"), rs.getLong("orders"), rs.getDouble("revenue"))))
                .list();
        double[] lastOrders = customers.values().stream().mapToDouble(Figures::lastOrder).sorted().toArray();
        double[] orders = customers.values().stream().mapToDouble(Figures::orders).sorted().toArray();
        double[] revenues = customers.values().stream().mapToDouble(Figures::revenue).sorted().toArray();
        return new Ranking(version, at, customers, lastOrders, orders, revenues);
    }

    /**
     * customer_id, recency, orders, revenue among the members; the unary {@code +} keeps SQLite on
     * the (customer_id, ts, …) index, read in order, instead of sorting every order by customer.
     */
    private static String figures(Members members) {
        return "SELECT e.customer_id, COUNT(*) AS orders, COALESCE(SUM(e.revenue), 0) AS revenue, (:at - MAX(e.ts)) / " + DAY_MILLIS
                + " AS recency FROM orders e" + members.join() + " WHERE +e.ts < :at GROUP BY e.customer_id";
    }

    /** ⌈5 × cume_dist⌉ without CEIL, which not every SQLite build has; the margin absorbs rounding of k/n. */
    private static String quintile(String order) {
        String cume = "CUME_DIST() OVER (ORDER BY " + order + ")";
        return "(CASE WHEN " + cume + " <= 0.2000000001 THEN 1 WHEN " + cume + " <= 0.4000000001 THEN 2 WHEN " + cume
                + " <= 0.6000000001 THEN 3 WHEN " + cume + " <= 0.8000000001 THEN 4 ELSE 5 END)";
    }
}
