package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * Historic CLV = AOV × purchases per year × lifespan in years; the range has 31 days, so purchases
 * per year = 2 × 365.25/31, and the 365.25 cancels: AOV × 2 × lifespan days / 31. Lifespan = first
 * order ever until min(last order before Nov 1 + inactivity, Nov 1); dan has no order in the range.
 *   inactivity 90 days: all end Nov 1 00:00: anna 30.625 d (from Oct 1 09:00), ben 26.625, cara
 *   29.625: mean 86.875/3 = 28.9583 d; CLV = 50 × 2 × 28.9583/31 = 93.414.
 *   inactivity 10 days: anna Oct 11 + 10 − Oct 1 = 20 d, ben 10 d, cara Oct 10 + 10 − Oct 2 = 18 d:
 *   mean 16 d; CLV = 50 × 2 × 16/31 = 51.613.
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
        JsonNode clv = metrics("{ metrics(from: \"2026-10-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\") {"
                + " lapsing: historicClv { value averageOrderValue purchasesPerYear averageLifespanYears customers }"
                + " quick: historicClv(inactivityDays: 10) { value averageLifespanYears } } }");
        assertEquals(50 * 2 * (86.875 / 3) / 31, clv.at("/lapsing/value").asDouble(), 1e-9);
        assertEquals(50.0, clv.at("/lapsing/averageOrderValue").asDouble(), 1e-9);
        assertEquals(2 * 365.25 / 31, clv.at("/lapsing/purchasesPerYear").asDouble(), 1e-9);
        assertEquals(86.875 / 3 / 365.25, clv.at("/lapsing/averageLifespanYears").asDouble(), 1e-9);
        assertEquals(3, clv.at("/lapsing/customers").asInt());
        assertEquals(50 * 2 * 16.0 / 31, clv.at("/quick/value").asDouble(), 1e-9);
        assertEquals(16 / 365.25, clv.at("/quick/averageLifespanYears").asDouble(), 1e-9);

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
        assertTrue(metrics("{ metrics(from: \"2025-01-01T00:00:00Z\", to: \"2025-02-01T00:00:00Z\") { historicClv { value } } }")
                .at("/historicClv/value").isNull());

        JsonNode backwards = api.post("/graphql", "{\"query\":\"{ metrics(from: \\\"2026-11-01T00:00:00Z\\\", to: \\\"2026-10-01T00:00:00Z\\\") { orders } }\"}")
                .expect(200).json();
        assertEquals("BAD_USER_INPUT", backwards.at("/errors/0/extensions/code").asText());

        JsonNode anna = api.post("/graphql", "{\"query\":\"{ customer(id: \\\"anna\\\") { all: surveyAnswers { survey score at }"
                + " nps: surveyAnswers(survey: \\\"nps\\\") { score } } }\"}").expect(200).json().at("/data/customer");
        assertEquals(List.of("ces", "csat", "nps"), anna.get("all").findValuesAsText("survey"), "newest first");
        assertEquals(6.0, anna.at("/all/0/score").asDouble());
        assertEquals("2026-10-14T09:00:00Z", anna.at("/all/0/at").asText());
        assertEquals(1, anna.get("nps").size());
        assertEquals(10.0, anna.at("/nps/0/score").asDouble());
    }

    /**
     * Monthly retention with 30 days of inactivity, and cohorts, on orders (all 09:00 UTC, 2026):
     * anna Jan 10, Feb 15, Mar 20; ben Jan 20; cara Feb 5, Apr 2; dan Mar 1. A customer exists at t
     * with an order in [t − 30 d, t).
     * <pre>
     * Feb 1: window [Jan 2, Feb 1) → anna, ben: S = 2.  Mar 1: [Jan 30, Mar 1) → anna, cara: E = 2.
     *   February: new cara (N = 1); retained anna, lost ben (1): CRR (2 − 1)/2 = 50 %, churn 1/2 = 50 %.
     * Apr 1: [Mar 2, Apr 1) → anna (dan's Mar 1 order is before Mar 2): E = 1.
     *   March: S = 2 (anna, cara), new dan (N = 1), retained anna, lost cara: CRR (1 − 1)/2 = 0 %, churn 50 %.
     * Cohorts by first order, months, range [Jan 1, May 1), 4 periods:
     *   January (anna, ben): 1, 1/2 (anna in Feb), 1/2 (anna in Mar), 0 (nobody in Apr)
     *   February (cara): 1, 0, 1 (Apr 2), null (May has not ended by May 1)
     *   March (dan): 1, 0, null, null
     * </pre>
     */
    @Test
    void retentionSeriesAndCohortMatrix() {
        orders("anna:2026-01-10,anna:2026-02-15,anna:2026-03-20,ben:2026-01-20,cara:2026-02-05,cara:2026-04-02,dan:2026-03-01", 10);

        JsonNode series = metrics("{ metrics(from: \"2026-02-01T00:00:00Z\", to: \"2026-04-01T00:00:00Z\") {"
                + " retention(granularity: MONTH, inactivityDays: 30) { start end customersAtStart customersAtEnd newCustomers"
                + " lostCustomers retentionRate churnRate } } }").get("retention");
        assertEquals(2, series.size());
        assertEquals("2026-02-01T00:00:00Z", series.at("/0/start").asText());
        assertEquals("2026-03-01T00:00:00Z", series.at("/0/end").asText());
        assertEquals(List.of(2, 2, 1, 1), List.of(series.at("/0/customersAtStart").asInt(), series.at("/0/customersAtEnd").asInt(),
                series.at("/0/newCustomers").asInt(), series.at("/0/lostCustomers").asInt()));
        assertEquals(50.0, series.at("/0/retentionRate").asDouble(), 1e-9);
        assertEquals(50.0, series.at("/0/churnRate").asDouble(), 1e-9);
        assertEquals(List.of(2, 1, 1, 1), List.of(series.at("/1/customersAtStart").asInt(), series.at("/1/customersAtEnd").asInt(),
                series.at("/1/newCustomers").asInt(), series.at("/1/lostCustomers").asInt()));
        assertEquals(0.0, series.at("/1/retentionRate").asDouble(), 1e-9);
        assertEquals(50.0, series.at("/1/churnRate").asDouble(), 1e-9);

        JsonNode matrix = metrics("{ metrics(from: \"2026-01-01T00:00:00Z\", to: \"2026-05-01T00:00:00Z\") {"
                + " cohorts(granularity: MONTH, periods: 4) { granularity cohorts { start customers retention } } } }").get("cohorts");
        assertEquals("MONTH", matrix.get("granularity").asText());
        JsonNode cohorts = matrix.get("cohorts");
        assertEquals(3, cohorts.size());
        assertEquals("2026-01-01T00:00:00Z", cohorts.at("/0/start").asText());
        assertEquals(2, cohorts.at("/0/customers").asInt());
        assertEquals("[1.0,0.5,0.5,0.0]", cohorts.at("/0/retention").toString());
        assertEquals("[1.0,0.0,1.0,null]", cohorts.at("/1/retention").toString());
        assertEquals("[1.0,0.0,null,null]", cohorts.at("/2/retention").toString());

        JsonNode weeks = metrics("{ metrics(from: \"2026-01-01T00:00:00Z\", to: \"2026-05-01T00:00:00Z\") {"
                + " cohorts(granularity: WEEK, periods: 2) { cohorts { start customers } } } }").at("/cohorts/cohorts");
        assertEquals("2026-01-05T00:00:00Z", weeks.at("/0/start").asText(), "Saturday Jan 10 is in the week from Monday Jan 5");
    }

    /**
     * RFM among five customers whose recency, frequency and revenue are all distinct, so each score is
     * the customer's rank (cume_dist k/5 → score k). Orders of 100 each, 09:00 UTC, 2026:
     * <pre>
     * a: 5 orders, Oct 26–30 → R 5 (most recent), F 5, M 5 (500) → Champions
     * b: 4 orders, Oct 25–28 → R 4, F 4, M 4 (400)                → Champions
     * c: 3 orders, Oct 18–20 → R 3, F 3, M 3 (300)                → Loyal
     * d: 2 orders, Aug 31, Sep 1 → R 2, F 2, M 2 (200)            → Hibernating
     * e: 1 order, Jan 1 → R 1, F 1, M 1 (100)                     → Lost
     * As of Nov 1: Champions 2 of 5 (share 0.4), mean orders (5 + 4)/2 = 4.5, mean revenue 450,
     * mean recency ((Nov 1 − Oct 30 09:00) + (Nov 1 − Oct 28 09:00))/2 = (1.625 + 3.625)/2 = 2.625 days.
     * </pre>
     */
    @Test
    void rfmScoresAndGroups() {
        orders("a:2026-10-26,a:2026-10-27,a:2026-10-28,a:2026-10-29,a:2026-10-30,b:2026-10-25,b:2026-10-26,b:2026-10-27,b:2026-10-28,"
                + "c:2026-10-18,c:2026-10-19,c:2026-10-20,d:2026-08-31,d:2026-09-01,e:2026-01-01", 100);
        api.put("/v1/customers/z", "{}").expect(201);

        JsonNode groups = metrics("{ metrics(from: \"2026-10-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\") {"
                + " rfm { name customers share averageRecencyDays averageOrders averageRevenue } } }").get("rfm");
        assertEquals(List.of("Champions", "Can't Lose Them", "At Risk", "Loyal", "New", "Potential Loyalists", "Hibernating", "Lost"),
                groups.findValuesAsText("name"));
        JsonNode champions = groups.get(0);
        assertEquals(2, champions.get("customers").asInt());
        assertEquals(0.4, champions.get("share").asDouble(), 1e-12);
        assertEquals(4.5, champions.get("averageOrders").asDouble(), 1e-12);
        assertEquals(450.0, champions.get("averageRevenue").asDouble(), 1e-9);
        assertEquals(2.625, champions.get("averageRecencyDays").asDouble(), 1e-9);
        assertEquals(List.of(2, 0, 0, 1, 0, 0, 1, 1), groups.findValues("customers").stream().map(JsonNode::asInt).toList());

        JsonNode customers = api.post("/graphql", "{\"query\":\"{ c: customer(id: \\\"c\\\") { rfm { recencyScore frequencyScore monetaryScore"
                + " orders revenue group } } z: customer(id: \\\"z\\\") { rfm { group } } }\"}").expect(200).json().get("data");
        JsonNode c = customers.at("/c/rfm");
        assertEquals(List.of(3, 3, 3, 3), List.of(c.get("recencyScore").asInt(), c.get("frequencyScore").asInt(),
                c.get("monetaryScore").asInt(), c.get("orders").asInt()));
        assertEquals(300.0, c.get("revenue").asDouble(), 1e-9);
        assertEquals("Loyal", c.get("group").asText());
        assertTrue(customers.at("/z/rfm").isNull(), "no orders, no RFM");
    }

    /**
     * Engagement with the default weights (Order Completed 5, Email Link Clicked 3, Email Opened 1):
     * anna now: an order, two opens, a click = 5 + 1 + 1 + 3 = 10, and an order 100 days ago (5 more
     * over 200 days); ben now: one open = 1; cara: a page view, weight 0, so not counted in the mean.
     * The mean over customers with weighted events now is (10 + 1)/2 = 5.5.
     */
    @Test
    void engagementScores() {
        String now = Instant.now().toString();
        String old = Instant.now().minus(Duration.ofDays(100)).toString();
        api.post("/v1/events/batch", ("{\"events\":["
                + "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"anna\",\"timestamp\":\"NOW\"},"
                + "{\"type\":\"track\",\"event\":\"Email Opened\",\"customerId\":\"anna\",\"timestamp\":\"NOW\"},"
                + "{\"type\":\"track\",\"event\":\"Email Opened\",\"customerId\":\"anna\",\"timestamp\":\"NOW\"},"
                + "{\"type\":\"track\",\"event\":\"Email Link Clicked\",\"customerId\":\"anna\",\"timestamp\":\"NOW\"},"
                + "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"anna\",\"timestamp\":\"OLD\"},"
                + "{\"type\":\"track\",\"event\":\"Email Opened\",\"customerId\":\"ben\",\"timestamp\":\"NOW\"},"
                + "{\"type\":\"track\",\"event\":\"Page Viewed\",\"customerId\":\"cara\",\"timestamp\":\"NOW\"}]}")
                .replace("NOW", now).replace("OLD", old)).expect(200);

        JsonNode customers = api.post("/graphql", "{\"query\":\"{ anna: customer(id: \\\"anna\\\") { recent: engagementScore"
                + " year: engagementScore(days: 200) } cara: customer(id: \\\"cara\\\") { engagementScore } }\"}").expect(200).json()
                .get("data");
        assertEquals(10.0, customers.at("/anna/recent").asDouble(), 1e-12);
        assertEquals(15.0, customers.at("/anna/year").asDouble(), 1e-12);
        assertEquals(0.0, customers.at("/cara/engagementScore").asDouble(), 1e-12);
        String from = Instant.now().minus(Duration.ofDays(1)).toString();
        String to = Instant.now().plus(Duration.ofDays(1)).toString();
        JsonNode range = metrics("{ metrics(from: \"" + from + "\", to: \"" + to + "\") { averageEngagementScore } }");
        assertEquals(5.5, range.get("averageEngagementScore").asDouble(), 1e-12);
    }

    /** Orders of {@code revenue} each at 09:00 UTC, given as {@code customer:YYYY-MM-DD,...}. */
    private void orders(String orders, int revenue) {
        StringBuilder events = new StringBuilder();
        for (String order : orders.split(",")) {
            String[] parts = order.split(":");
            events.append(events.length() == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"")
                    .append(parts[0]).append("\",\"timestamp\":\"").append(parts[1]).append("T09:00:00Z\",\"properties\":{\"revenue\":")
                    .append(revenue).append("}}");
        }
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);
    }

    private JsonNode metrics(String query) {
        JsonNode answer = api.post("/graphql", "{\"query\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(query) + "}").expect(200).json();
        assertTrue(!answer.has("errors"), answer.toString());
        return answer.at("/data/metrics");
    }
}
