package io.bindung.segments;

import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.db.Database;
import io.bindung.graphql.GraphQlFeature;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code Customer.metrics}: each customer's purchase figures from the orders table (the same
 * purchases as segment rules' purchase aggregates), batched: one statement for all customers at
 * one level of a query. Thread-safe.
 */
public final class PurchaseGraph implements GraphQlFeature {
    private static final String FIGURES = "segments.purchases";
    private static final long DAY_MILLIS = 86_400_000L;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Runnable awaitStoredEvents;

    public PurchaseGraph(Database database, Clock clock, Runnable awaitStoredEvents) {
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    /**
     * As {@code CustomerMetrics} in schema.graphqls: averageOrderValue = lifetimeRevenue /
     * orderCount, daysSinceLastOrder = whole days since the last purchase; both null without orders.
     */
    record Figures(double lifetimeRevenue, long orderCount, Double averageOrderValue, Instant firstOrderAt, Instant lastOrderAt,
                   Long daysSinceLastOrder) {
        static final Figures NONE = new Figures(0, 0, null, null, null, null);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Customer", type -> type.dataFetcher("metrics",
                env -> env.<String, Figures>getDataLoader(FIGURES).load(((Customer) env.getSource()).id())));
    }

    @Override
    public void loaders(DataLoaderRegistry registry) {
        BatchLoader<String, Figures> figures = ids -> CompletableFuture.completedFuture(figures(ids));
        registry.register(FIGURES, DataLoaderFactory.newDataLoader(figures));
    }

    private List<Figures> figures(List<String> customerIds) {
        awaitStoredEvents.run();
        long now = clock.millis();
        Map<String, Figures> byCustomer = jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT e.customer_id, COUNT(*) AS orders, COALESCE(SUM(e.revenue), 0) AS revenue,"
                    + " MIN(e.ts) AS first_ts, MAX(e.ts) AS last_ts FROM orders e WHERE e.customer_id IN (<customers>) GROUP BY e.customer_id")
                    .bindList("customers", customerIds);
            Map<String, Figures> rows = new HashMap<>();
            query.map((rs, ctx) -> {
                long orders = rs.getLong("orders");
                double total = rs.getDouble("revenue");
                long last = rs.getLong("last_ts");
                return rows.put(rs.getString("customer_id"), new Figures(total, orders, total / orders,
                        Instant.ofEpochMilli(rs.getLong("first_ts")), Instant.ofEpochMilli(last), Math.max(0, (now - last) / DAY_MILLIS)));
            }).list();
            return rows;
        });
        return customerIds.stream().map(id -> byCustomer.getOrDefault(id, Figures.NONE)).toList();
    }
}
