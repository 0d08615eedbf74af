package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Predicted CLV through the API on CDNOW: orders written as events (each with its own messageId, as
 * orders on the same day would otherwise be one event twice) so that each customer's
 * (x, t_x, T) in weeks and mean repeat spend are those of cdnow_customers_summary_with_transactions.csv
 * (2,357 customers of Fader, Hardie &amp; Lee 2005), then the models fitted from those events
 * reproduce the published BG/NBD r, α, a, b = 0.243, 4.414, 0.793, 2.426 and Gamma-Gamma
 * p, q, v = 6.25, 3.74, 15.44, and customer 1 (x 2, t_x 30.43, T 38.86) expects 1.226 purchases
 * in the next 39 weeks (lifetimes' tests).
 */
class CustomerValueTest extends ClockedEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final double WEEK_MILLIS = 7 * 86_400_000.0;

    CustomerValueTest() {
        super(NOW);
    }

    @Test
    void modelsFittedFromEventsReproduceThePublishedCdnowFit() {
        List<String> events = new ArrayList<>();
        for (String[] row : cdnow()) {
            int x = Integer.parseInt(row[1]);
            double recency = Double.parseDouble(row[2]);
            double age = Double.parseDouble(row[3]);
            double spend = Double.parseDouble(row[4]);
            long first = NOW.toEpochMilli() - Math.round(age * WEEK_MILLIS);
            for (int order = 0; order <= x; order++) {
                long at = first + (x == 0 ? 0 : Math.round(recency * WEEK_MILLIS * order / x));
                events.add(String.format(Locale.ROOT, "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"cdnow-%s\","
                        + "\"messageId\":\"cdnow-%s-%d\",\"timestamp\":\"%s\",\"properties\":{\"revenue\":%s}}", row[0], row[0], order,
                        Instant.ofEpochMilli(at), order == 0 ? "99" : String.valueOf(spend)));
            }
        }
        for (int from = 0; from < events.size(); from += 1000) {
            api.post("/v1/events/batch", "{\"events\":[" + String.join(",", events.subList(from, Math.min(events.size(), from + 1000)))
                    + "]}").expect(200);
        }

        JsonNode model = query("{ clvModel { available customers r alpha a b p q v } }").get("clvModel");
        assertTrue(model.get("available").asBoolean(), model.toString());
        assertEquals(2357, model.get("customers").asInt());
        published(0.243, model.get("r").asDouble());
        published(4.414, model.get("alpha").asDouble());
        published(0.793, model.get("a").asDouble());
        published(2.426, model.get("b").asDouble());
        published(6.25, model.get("p").asDouble());
        published(3.74, model.get("q").asDouble());
        published(15.44, model.get("v").asDouble());
        assertEquals(4.41353156120543, model.get("alpha").asDouble(), 1e-4 * 4.41, "the exact maximum (src/test/resources/clv/reference.py)");
        assertEquals(15.4477480094637, model.get("v").asDouble(), 1e-4 * 15.4, "the exact maximum (src/test/resources/clv/reference.py)");

        JsonNode one = query("{ customer(id: \"cdnow-1\") { clv(horizonWeeks: 39) { historic predicted probabilityAlive churnRisk"
                + " expectedPurchases expectedAverageSpend valueAtRisk } } }").at("/customer/clv");
        assertEquals(1.226, one.get("expectedPurchases").asDouble(), 0.001, "lifetimes: conditional expected purchases, t = 39");
        assertEquals(0.7266, one.get("probabilityAlive").asDouble(), 0.0005);
        assertEquals(1 - one.get("probabilityAlive").asDouble(), one.get("churnRisk").asDouble(), 1e-12);
        assertEquals(99 + 2 * 22.35, one.get("historic").asDouble(), 1e-9);
        assertEquals(one.get("expectedPurchases").asDouble() * one.get("expectedAverageSpend").asDouble(), one.get("predicted").asDouble(),
                1e-9);

        JsonNode risk = query("{ churnRisk(first: 5) { customerId churnRisk probabilityAlive orders lastOrderAt valueAtRisk customer { id } } }")
                .get("churnRisk");
        assertEquals(5, risk.size());
        for (int i = 1; i < risk.size(); i++) {
            assertTrue(risk.get(i - 1).get("churnRisk").asDouble() >= risk.get(i).get("churnRisk").asDouble(), risk.toString());
        }
        assertTrue(risk.get(0).get("orders").asInt() > 1, "one-time buyers are alive to BG/NBD");
        assertEquals(risk.get(0).get("customerId"), risk.at("/0/customer/id"));
    }

    /** As lifetimes' tests check the published values: numpy's decimal=2, |Δ| < 1.5e-2. */
    private static void published(double expected, double actual) {
        assertEquals(expected, actual, 1.5e-2);
    }

    private JsonNode query(String query) {
        JsonNode answer = api.post("/graphql", "{\"query\":" + TextNode.valueOf(query) + "}").expect(200).json();
        assertTrue(!answer.has("errors"), answer.toString());
        return answer.get("data");
    }

    private static List<String[]> cdnow() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CustomerValueTest.class.getResourceAsStream("/clv/cdnow_customers_summary_with_transactions.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
