package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.config.Config;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DataLoaders batch: 100 customers with their segments and purchase figures cost as many SQL
 * statements as 10 do, a handful, counted by {@code bindung_db_statements_total}.
 */
class GraphQlBatchingTest extends EndToEndTest {
    private static final String PAGE = "{ customers(first: %d) { edges { node { id segments { name } metrics { orderCount lifetimeRevenue } } } } }";

    @Override
    protected Config configure(Config config) {
        return config.withoutBackgroundLoops();
    }

    @Test
    void customersWithSegmentsAndFiguresCostABoundedNumberOfStatements() {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            api.put("/v1/customers/c" + (100 + i), "{\"email\":\"c" + i + "@example.com\"}").expect(201);
            if (i % 3 == 0) {
                events.add("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"c" + (100 + i)
                        + "\",\"properties\":{\"revenue\":" + i + "}}");
            }
        }
        api.post("/v1/events/batch", "{\"events\":[" + String.join(",", events) + "]}").expect(200);
        api.post("/v1/segments", "{\"name\":\"Buyers\",\"rule\":{\"aggregate\":\"orderCount\",\"op\":\"gte\",\"value\":1}}").expect(201);
        api.post("/v1/segments", "{\"name\":\"Everyone\",\"rule\":{\"field\":\"email\",\"op\":\"exists\"}}").expect(201);
        api.post("/v1/segments", "{\"name\":\"Big spenders\",\"rule\":{\"aggregate\":\"totalRevenue\",\"op\":\"gt\",\"value\":50}}").expect(201);

        long ten = statements(10);
        long hundred = statements(100);
        System.out.printf("GraphQL statements: 10 customers %d, 100 customers %d%n", ten, hundred);
        assertEquals(ten, hundred, "the statements do not grow with the customers");
        assertTrue(hundred <= 8, "a customers page, the segments, one check per segment and the figures: " + hundred);
    }

    private long statements(int customers) {
        double before = counter();
        JsonNode answer = api.post("/graphql", "{\"query\":\"" + PAGE.formatted(customers) + "\"}").expect(200).json();
        double after = counter();
        assertFalse(answer.has("errors"), answer.toString());
        JsonNode edges = answer.at("/data/customers/edges");
        assertEquals(customers, edges.size());
        assertEquals(List.of("Everyone"), edges.get(1).at("/node/segments").findValuesAsText("name"), "c101 ordered nothing");
        assertEquals(3, edges.get(3).at("/node/metrics/orderCount").asInt() + 2, "c103 ordered once");
        return Math.round(after - before);
    }

    private double counter() {
        String metrics = api.get("/metrics").expect(200).body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("bindung_db_statements_total ")) {
                return Double.parseDouble(line.substring(line.indexOf(' ') + 1));
            }
        }
        throw new AssertionError("no bindung_db_statements_total in /metrics");
    }
}
