package io.bindung.metrics;

import io.bindung.db.Database;
import io.bindung.stats.BgNbd;
import io.bindung.stats.Clv;
import io.bindung.stats.GammaGamma;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicted customer value: BG/NBD for the number of purchases and Gamma-Gamma for their value
 * (Fader, Hardie &amp; Lee 2005), fitted by maximum likelihood on every customer's order summary in
 * weeks (x = repeat orders, t_x = weeks from first to last order, T = weeks since the first order,
 * m_x = mean revenue of the repeat orders). The summaries are SQL aggregates of the orders table, one row per customer;
 * orders up to and including the current instant count. The fit is refitted when older than
 * {@link #REFIT_AFTER}. Thread-safe.
 */
final class LifetimeModel {
    static final Duration REFIT_AFTER = Duration.ofHours(1);
    private static final double WEEK_MILLIS = 7 * 86_400_000.0;

    private final Jdbi jdbi;
    private final Clock clock;
    private volatile Fitted fitted;

    LifetimeModel(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** The fitted models, or the reason there are none (e.g. nobody has ordered twice yet). */
    record Fitted(BgNbd purchases, double purchasesLogLikelihood, GammaGamma spend, double spendLogLikelihood, long customers,
                  Instant fittedAt, String unavailable) {
        boolean available() {
            return unavailable == null;
        }
    }

    /** One customer's orders as the models see them, at {@code at}. */
    record Summary(String customerId, long orders, double frequency, double recency, double age, Double meanSpend, double revenue,
                   Instant lastOrderAt) {
    }

    /** A customer's predictions over {@code horizonWeeks}; null figures when the models are unavailable. */
    record Prediction(double historic, Double predicted, Double probabilityAlive, Double churnRisk, Double expectedPurchases,
                      Double expectedAverageSpend, Double valueAtRisk) {
    }

    synchronized Fitted fitted() {
        Instant now = clock.instant();
        if (fitted == null || Duration.between(fitted.fittedAt(), now).compareTo(REFIT_AFTER) > 0) {
            fitted = fit(summaries(Optional.empty(), now), now);
        }
        return fitted;
    }

    /** Refits now, whatever the age of the current fit. */
    synchronized Fitted refit() {
        fitted = null;
        return fitted();
    }

    private static Fitted fit(List<Summary> customers, Instant now) {
        int n = customers.size();
        double[] frequency = new double[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        List<double[]> repeaters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Summary customer = customers.get(i);
            frequency[i] = customer.frequency();
            recency[i] = customer.recency();
            age[i] = customer.age();
            if (customer.meanSpend() != null && customer.meanSpend() > 0) {
                repeaters.add(new double[] {customer.frequency(), customer.meanSpend()});
            }
        }
        try {
            BgNbd.Fit purchases = BgNbd.fit(frequency, recency, age);
            GammaGamma.Fit spend = GammaGamma.fit(repeaters.stream().mapToDouble(r -> r[0]).toArray(),
                    repeaters.stream().mapToDouble(r -> r[1]).toArray());
            return new Fitted(purchases.model(), purchases.logLikelihood(), spend.model(), spend.logLikelihood(), n, now, null);
        } catch (IllegalArgumentException e) {
            return new Fitted(null, 0, null, 0, n, now, "The models cannot be fitted yet: " + e.getMessage());
        }
    }

    /** Predictions for these customers (missing: customers without orders). */
    Map<String, Prediction> predict(Collection<String> customerIds, double horizonWeeks) {
        Fitted models = fitted();
        Map<String, Prediction> predictions = new HashMap<>();
        for (Summary customer : summaries(Optional.of(customerIds), clock.instant())) {
            predictions.put(customer.customerId(), predict(models, customer, horizonWeeks));
        }
        return predictions;
    }

    /** Every customer with orders, with their prediction, for ranking. */
    List<Map.Entry<Summary, Prediction>> everyone(double horizonWeeks) {
        Fitted models = fitted();
        List<Map.Entry<Summary, Prediction>> all = new ArrayList<>();
        for (Summary customer : summaries(Optional.empty(), clock.instant())) {
            all.add(Map.entry(customer, predict(models, customer, horizonWeeks)));
        }
        return all;
    }

    /**
     * valueAtRisk = (1 − P(alive)) · H · (r + x)/(α + T) · E[spend]: the value of the purchases an
     * alive customer would make over the horizon at their posterior purchase rate, weighted by the
     * chance they have churned.
     */
    private static Prediction predict(Fitted models, Summary customer, double horizon) {
        if (!models.available()) {
            return new Prediction(customer.revenue(), null, null, null, null, null, null);
        }
        try {
            double x = customer.frequency();
            double spend = models.spend().conditionalExpectedAverageSpend(x, customer.meanSpend() == null ? 0 : customer.meanSpend());
            double alive = models.purchases().probabilityAlive(x, customer.recency(), customer.age());
            double purchases = models.purchases().conditionalExpectedPurchases(horizon, x, customer.recency(), customer.age());
            double predicted = Clv.value(models.purchases(), models.spend(), x, customer.recency(), customer.age(),
                    customer.meanSpend() == null ? 0 : customer.meanSpend(), horizon);
            double rate = (models.purchases().r() + x) / (models.purchases().alpha() + customer.age());
            return new Prediction(customer.revenue(), predicted, alive, 1 - alive, purchases, spend, (1 - alive) * horizon * rate * spend);
        } catch (IllegalArgumentException e) {
            return new Prediction(customer.revenue(), null, null, null, null, null, null);
        }
    }

    private List<Summary> summaries(Optional<Collection<String>> customerIds, Instant at) {
        String only = customerIds.isEmpty() ? "" : " AND e.customer_id IN (<customers>)";
        String sql = "SELECT e.customer_id, COUNT(*) AS orders, MIN(e.ts) AS first_ts, MAX(e.ts) AS last_ts,"
                + " COALESCE(SUM(e.revenue), 0) AS revenue, COALESCE(SUM(CASE WHEN e.previous_ts IS NULL THEN e.revenue END), 0) AS first_revenue"
                + " FROM orders e WHERE +e.ts <= :at" + only + " GROUP BY e.customer_id";
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql).bind("at", at.toEpochMilli());
            customerIds.ifPresent(ids -> query.bindList("customers", List.copyOf(ids)));
            return query.map((rs, ctx) -> {
                long orders = rs.getLong("orders");
                long first = rs.getLong("first_ts");
                long last = rs.getLong("last_ts");
                double revenue = rs.getDouble("revenue");
                Double meanSpend = orders > 1 ? (revenue - rs.getDouble("first_revenue")) / (orders - 1) : null;
                return new Summary(rs.getString("customer_id"), orders, orders - 1, (last - first) / WEEK_MILLIS,
                        (at.toEpochMilli() - first) / WEEK_MILLIS, meanSpend, revenue, Instant.ofEpochMilli(last));
            }).list();
        });
    }
}
