package io.bindung.segments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.customers.Customer;
import io.bindung.customers.CustomerStore;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.SqlCondition;
import io.bindung.http.ApiException;
import io.bindung.http.Page;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates segment rules in the database: counts, samples and pages of the customers a rule
 * holds for, and the SQL condition other features (campaign audiences) select with. Thread-safe.
 */
public final class Segments {
    private final SegmentStore store;
    private final CustomerStore customers;
    private final Dialect dialect;
    private final Purchases purchases;
    private final Clock clock;
    private final Runnable awaitStoredEvents;

    /**
     * @param awaitStoredEvents returns once every acknowledged event is stored; called before each
     *                          evaluation so a rule sees what the caller has just sent
     */
    public Segments(Database database, ObjectMapper mapper, CustomerStore customers, Purchases purchases,
                    Clock clock, Runnable awaitStoredEvents) {
        this.store = new SegmentStore(database, mapper, clock);
        this.customers = customers;
        this.dialect = database.dialect();
        this.purchases = purchases;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    /** The condition of a saved segment, evaluated as of now; empty when there is no such segment. */
    public Optional<SqlCondition> condition(String segmentId) {
        return store.find(segmentId).map(segment -> condition(RuleParser.parse(segment.rule(), "rule")));
    }

    /**
     * The events an event condition like {@code {"event": "Order Completed", "where": [...]}}
     * selects, as a condition on the events table aliased {@code e} (for campaign triggers).
     *
     * @param path where the condition sits in the request, for the 400 naming a bad node
     */
    public SqlCondition eventMatch(JsonNode eventCondition, String path) {
        return eventMatch(eventCondition, path, "r");
    }

    /** As {@link #eventMatch(JsonNode, String)}, with bind names starting with {@code bindPrefix}. */
    public SqlCondition eventMatch(JsonNode eventCondition, String path, String bindPrefix) {
        Rule rule = RuleParser.parse(eventCondition, path);
        if (!(rule instanceof Rule.EventCondition event)) {
            throw new ApiException.Invalid(path, "must be an event condition like {\"event\": \"Cart Abandoned\"}");
        }
        return RuleCompiler.compileEventMatch(event, dialect, purchases, Instant.ofEpochMilli(clock.millis()), bindPrefix);
    }

    /** The purchase event's name (configuration). */
    public String purchaseEvent() {
        return purchases.event();
    }

    /** An event's revenue as SQL, the events table aliased {@code alias}; NULL where it is not a number. */
    public String revenue(String alias) {
        return RuleSql.of(dialect).number(alias + ".properties", JsonPath.parse(purchases.revenueProperty()));
    }

    /** Which of these customers the saved segment holds now; empty when there is no such segment. */
    public Optional<Set<String>> members(String segmentId, Collection<String> customerIds) {
        return condition(segmentId).map(segment -> members(segment, customerIds));
    }

    /** Which of these customers a segment's condition holds for now. */
    Set<String> members(SqlCondition segment, Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        awaitStoredEvents.run();
        Map<String, Object> binds = new HashMap<>(segment.binds());
        List<String> names = new ArrayList<>();
        for (String id : customerIds) {
            names.add(":member" + names.size());
            binds.put("member" + (names.size() - 1), id);
        }
        String sql = "customers.id IN (" + String.join(", ", names) + ") AND (" + segment.sql() + ")";
        return Set.copyOf(customers.ids(new SqlCondition(sql, binds)));
    }

    SqlCondition condition(Rule rule) {
        return RuleCompiler.compile(rule, dialect, purchases, Instant.ofEpochMilli(clock.millis()));
    }

    long size(SqlCondition condition) {
        awaitStoredEvents.run();
        return customers.count(condition);
    }

    Page<Customer> customers(SqlCondition condition, int limit, Optional<String> cursor) {
        awaitStoredEvents.run();
        return customers.matching(condition, limit, cursor);
    }

    SegmentStore store() {
        return store;
    }
}
