package io.bindung.metrics;

import io.bindung.db.Database;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Engagement scores: a customer's score is the sum of the configured weights of their events in a
 * time range (events without a weight add 0). Thread-safe.
 */
final class EngagementQuery {
    private final Jdbi jdbi;
    private final Map<String, Double> weights;

    EngagementQuery(Database database, Map<String, Double> weights) {
        this.jdbi = database.jdbi();
        this.weights = Map.copyOf(weights);
    }

    /** These customers' scores over [from, to); 0 for those without weighted events. */
    Map<String, Double> scores(Collection<String> customerIds, Instant from, Instant to) {
        if (weights.isEmpty() || customerIds.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT e.customer_id, SUM(" + weightOf() + ") AS score FROM events e WHERE e.customer_id IN (<customers>)"
                + " AND e.name IN (<weighted>) AND e.ts >= :from AND e.ts < :to GROUP BY e.customer_id";
        return jdbi.withHandle(handle -> {
            Query query = bind(handle.createQuery(sql), from, to).bindList("customers", List.copyOf(customerIds));
            Map<String, Double> scores = new HashMap<>();
            query.map((rs, ctx) -> scores.put(rs.getString("customer_id"), rs.getDouble("score"))).list();
            return scores;
        });
    }

    /** The mean score over the members with at least one weighted event in [from, to); null without any. */
    Double average(Instant from, Instant to, Members members) {
        if (weights.isEmpty()) {
            return null;
        }
        String sql = "SELECT AVG(score) FROM (SELECT e.customer_id, SUM(" + weightOf() + ") AS score FROM events e" + members.join()
                + " WHERE e.customer_id IS NOT NULL AND e.name IN (<weighted>) AND e.ts >= :from AND e.ts < :to GROUP BY e.customer_id) s";
        return jdbi.withHandle(handle -> members.bind(bind(handle.createQuery(sql), from, to)).mapTo(Double.class).one());
    }

    private Query bind(Query query, Instant from, Instant to) {
        List<String> events = new ArrayList<>(weights.keySet());
        for (int i = 0; i < events.size(); i++) {
            query.bind("w" + i, events.get(i)).bind("wv" + i, weights.get(events.get(i)));
        }
        return query.bindList("weighted", events).bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
    }

    /** The event's weight, from a CASE over the configured names in a fixed order. */
    private String weightOf() {
        StringBuilder sql = new StringBuilder("CASE e.name");
        for (int i = 0; i < weights.size(); i++) {
            sql.append(" WHEN :w").append(i).append(" THEN :wv").append(i);
        }
        return sql.append(" ELSE 0 END").toString();
    }
}
