package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metrics of a range on a fixed dataset whose expected values are worked out by hand below.
 *
 * <pre>
 * orders in October 2026 (revenue; products × quantity):
 *   anna  Oct 1  100  [2]        Oct 11  50 [1]                  2 orders, gap 10 days
 *   ben   Oct 5   30  [3]                                        1 order
 *   cara  Oct 2   20  (no list)  Oct 4   40 [1]   Oct 10  60 [1] 3 orders, gaps 2 and 6 days
 *   dan   Sep 20  99  (before the range: not counted)
 * orders 6, customers with orders 3, revenue 300; repeat purchase rate 2/3 × 100 = 66.67;
 * purchase frequency 6/3 = 2; average order value 300/6 = 50; days between purchases (10+2+6)/3 = 6;
 * products sold 2+1+3+1+1+1 = 9, returned 1 + 1 (quantity 1 and default) = 2: return rate 2/9.
 * NPS answers 10, 9, 8, 6: promoters 2/4 = 50 %, detractors 1/4 = 25 %: NPS 25.
 * CSAT answers 5, 4, 2: 2/3 × 100 = 66.67.  CES answers 6 and 4 of 7 options: (10/2)/7 × 100 = 71.43.
 * Tickets resolved: first contact true, true, false: 2/3 × 100 = 66.67.
 * Segment "repeat buyers" (anna, cara): orders 5, revenue 270, AOV 54, frequency 2.5, rate 100.
 * </pre>
 */
class MetricsTest extends EndToEndTest {
    @Test
    void rangeMetricsMatchTheHandWorkedValues() {
        api.post("/v1/events/batch", """
                {"events":[
                 {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"2026-10-01T09:00:00Z","properties":{"revenue":100,"products":[{"sku":"a","quantity":2}]}},
                 {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"2026-10-11T09:00:00Z","properties":{"revenue":50,"products":[{"sku":"b","quantity":1}]}},
                 {"type":"track","event":"Order Completed","customerId":"ben","timestamp":"2026-10-05T09:00:00Z","properties":{"revenue":30,"products":[{"sku":"c","quantity":3}]}},
                 {"type":"track","event":"Order Completed","customerId":"cara","timestamp":"2026-10-02T09:00:00Z","properties":{"revenue":20}},
                 {"type":"track","event":"Order Completed","customerId":"cara","timestamp":"2026-10-04T09:00:00Z","properties":{"revenue":40,"products":[{"sku":"d"}]}},
                 {"type":"track","event":"Order Completed","customerId":"cara","timestamp":"2026-10-10T09:00:00Z","properties":{"revenue":60,"products":[{"sku":"e","quantity":1}]}},
                 {"type":"track","event":"Order Completed","customerId":"dan","timestamp":"2026-09-20T09:00:00Z","properties":{"revenue":99}},
                 {"type":"track","event":"Product Returned","customerId":"anna","timestamp":"2026-10-03T09:00:00Z","properties":{"quantity":1}},
                 {"type":"track","event":"Product Returned","customerId":"ben","timestamp":"2026-10-07T09:00:00Z","properties":{}},
                 {"type":"track","event":"Survey Responded","customerId":"anna","timestamp":"2026-10-12T09:00:00Z","properties":{"survey":"nps","score":10}},
                 {"type":"track","event":"Survey Responded","customerId":"ben","timestamp":"2026-10-12T09:00:00Z","properties":{"survey":"nps","score":9}},
                 {"type":"track","event":"Survey Responded","customerId":"cara","timestamp":"2026-10-12T09:00:00Z","properties":{"survey":"nps","score":8}},
                 {"type":"track","event":"Survey Responded","customerId":"dan","timestamp":"2026-10-12T09:00:00Z","properties":{"survey":"nps","score":6}},
                 {"type":"track","event":"Survey Responded","customerId":"anna","timestamp":"2026-10-13T09:00:00Z","properties":{"survey":"csat","score":5}},
                 {"type":"track","event":"Survey Responded","customerId":"ben","timestamp":"2026-10-13T09:00:00Z","properties":{"survey":"csat","score":4}},
                 {"type":"track","event":"Survey Responded","customerId":"cara","timestamp":"2026-10-13T09:00:00Z","properties":{"survey":"csat","score":2}},
                 {"type":"track","event":"Survey Responded","customerId":"anna","timestamp":"2026-10-14T09:00:00Z","properties":{"survey":"ces","score":6,"options":7}},
                 {"type":"track","event":"Survey Responded","customerId":"ben","timestamp":"2026-10-14T09:00:00Z","properties":{"survey":"ces","score":4}},
                 {"type":"track","event":"Ticket Resolved","customerId":"anna","timestamp":"2026-10-15T09:00:00Z","properties":{"firstContact":true}},
                 {"type":"track","event":"Ticket Resolved","customerId":"ben","timestamp":"2026-10-15T09:00:00Z","properties":{"firstContact":true}},
                 {"type":"track","event":"Ticket Resolved","customerId":"cara","timestamp":"2026-10-15T09:00:00Z","properties":{"firstContact":false}}]}""")
                .expect(200);
        String segment = api.post("/v1/segments", "{\"name\":\"repeat buyers\",\"rule\":{\"aggregate\":\"orderCount\",\"op\":\"gte\",\"value\":2}}")
                .expect(201).json().get("id").asText();
        String fields = "from to segmentId orders customersWithOrders revenue repeatPurchaseRate purchaseFrequency averageOrderValue"
                + " averageDaysBetweenPurchases nps { score responses } csat { score responses } ces { score responses }"
                + " firstContactResolutionRate productReturnRate";

        JsonNode october = metrics("{ metrics(from: \"2026-10-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\") { " + fields + " } }");
        assertEquals(6, october.get("orders").asInt());
        assertEquals(3, october.get("customersWithOrders").asInt());
        assertEquals(300.0, october.get("revenue").asDouble(), 1e-9);
        assertEquals(200.0 / 3, october.get("repeatPurchaseRate").asDouble(), 1e-9);
        assertEquals(2.0, october.get("purchaseFrequency").asDouble(), 1e-9);
        assertEquals(50.0, october.get("averageOrderValue").asDouble(), 1e-9);
        assertEquals(6.0, october.get("averageDaysBetweenPurchases").asDouble(), 1e-9);
        assertEquals(25.0, october.at("/nps/score").asDouble(), 1e-9);
        assertEquals(4, october.at("/nps/responses").asInt());
        assertEquals(200.0 / 3, october.at("/csat/score").asDouble(), 1e-9);
        assertEquals(500.0 / 7, october.at("/ces/score").asDouble(), 1e-9);
        assertEquals(200.0 / 3, october.get("firstContactResolutionRate").asDouble(), 1e-9);
        assertEquals(2.0 / 9, october.get("productReturnRate").asDouble(), 1e-9);

        JsonNode repeaters = metrics("{ metrics(from: \"2026-10-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\", segmentId: \"" + segment
                + "\") { " + fields + " } }");
        assertEquals(5, repeaters.get("orders").asInt());
        assertEquals(270.0, repeaters.get("revenue").asDouble(), 1e-9);
        assertEquals(54.0, repeaters.get("averageOrderValue").asDouble(), 1e-9);
        assertEquals(2.5, repeaters.get("purchaseFrequency").asDouble(), 1e-9);
        assertEquals(100.0, repeaters.get("repeatPurchaseRate").asDouble(), 1e-9);

        JsonNode empty = metrics("{ metrics(from: \"2025-01-01T00:00:00Z\", to: \"2025-02-01T00:00:00Z\") { " + fields + " } }");
        assertEquals(0, empty.get("orders").asInt());
        assertTrue(empty.get("averageOrderValue").isNull());
        assertTrue(empty.at("/nps/score").isNull());
        assertTrue(empty.get("productReturnRate").isNull());

        JsonNode backwards = api.post("/graphql", "{\"query\":\"{ metrics(from: \\\"2026-11-01T00:00:00Z\\\", to: \\\"2026-10-01T00:00:00Z\\\") { orders } }\"}")
                .expect(200).json();
        assertEquals("BAD_USER_INPUT", backwards.at("/errors/0/extensions/code").asText());
    }

    private JsonNode metrics(String query) {
        JsonNode answer = api.post("/graphql", "{\"query\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(query) + "}").expect(200).json();
        assertTrue(!answer.has("errors"), answer.toString());
        return answer.at("/data/metrics");
    }
}
