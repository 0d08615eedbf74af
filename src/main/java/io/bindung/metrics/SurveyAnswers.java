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

/** Customers' answers to surveys, newest first: one statement for a batch of customers. Thread-safe. */
final class SurveyAnswers {
    static final int MAX_ANSWERS = 100;

    private final Jdbi jdbi;
    private final MetricsSql sql;

    SurveyAnswers(Database database) {
        this.jdbi = database.jdbi();
        this.sql = new MetricsSql(database.dialect());
    }

    record Answer(String survey, double score, Instant at) {
    }

    /** The answers of these customers with a numeric score, per customer, at most {@link #MAX_ANSWERS} each. */
    Map<String, List<Answer>> of(Collection<String> customerIds) {
        String answers = "SELECT e.customer_id, " + sql.text("survey") + " AS survey, " + sql.number("score") + " AS score, e.ts,"
                + " ROW_NUMBER() OVER (PARTITION BY e.customer_id ORDER BY e.ts DESC, e.id DESC) AS place FROM events e"
                + " WHERE e.name = 'Survey Responded' AND e.customer_id IN (<customers>)";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT * FROM (" + answers + ") a WHERE score IS NOT NULL AND survey IS NOT NULL"
                    + " AND place <= " + MAX_ANSWERS + " ORDER BY customer_id, ts DESC, place");
            query.bindList("customers", List.copyOf(customerIds));
            Map<String, List<Answer>> byCustomer = new HashMap<>();
            query.map((rs, ctx) -> byCustomer.computeIfAbsent(rs.getString("customer_id"), id -> new ArrayList<>())
                    .add(new Answer(rs.getString("survey"), rs.getDouble("score"), Instant.ofEpochMilli(rs.getLong("ts"))))).list();
            return byCustomer;
        });
    }
}
