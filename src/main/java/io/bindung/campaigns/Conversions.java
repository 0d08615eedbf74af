package io.bindung.campaigns;

import io.bindung.db.Dialect;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of a campaign's outcomes over its entries {@code ce}: recipients, converters (the
 * conversion event within the window after the entry's decision) and their revenue. A purchase
 * conversion probes the narrow orders table and its revenue; any other event the events table and
 * the event's top-level revenue property.
 */
record Conversions(Dialect dialect, String purchaseEvent, String revenueProperty) {
    String outcomes(CampaignDefinition definition) {
        boolean purchase = definition.conversionEvent().equals(purchaseEvent);
        String converting = (purchase ? "FROM orders e WHERE e.customer_id = ce.customer_id"
                : "FROM events e WHERE e.customer_id = ce.customer_id AND e.name = :conversion")
                + " AND e.ts >= ce.decided_at AND e.ts < ce.decided_at + :window";
        String revenue = purchase ? "e.revenue" : dialect.jsonKeyAsNumber("e.properties", ":revenueKey");
        return "COUNT(*) AS recipients, SUM(CASE WHEN EXISTS (SELECT 1 " + converting + ") THEN 1 ELSE 0 END) AS converted,"
                + " COALESCE(SUM((SELECT SUM(" + revenue + ") " + converting + ")), 0) AS revenue";
    }

    /** Binds what {@link #outcomes} uses. */
    Query bind(Query query, CampaignDefinition definition) {
        query.bind("window", definition.conversionWindow().toMillis());
        if (!definition.conversionEvent().equals(purchaseEvent)) {
            query.bind("conversion", definition.conversionEvent()).bind("revenueKey", revenueProperty);
        }
        return query;
    }
}
