package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Backend;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live results (kept up to date incrementally on SQLite) always equal results computed in full for
 * the same moment ({@code asOf}), through random rounds of assignments, client-side exposures in
 * any order, metric events before, inside and after the windows (and in the future), anonymous
 * visitors identified a round later (as existing or new customers), customer deletions and time
 * passing.
 */
class IncrementalResultsTest extends ClockedEndToEndTest {
    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
    private static final String[] ARMS = {"a", "b", "c"};

    IncrementalResultsTest() {
        super(START);
    }

    @Test
    void liveResultsEqualAFullComputationAfterEveryRound() {
        api.post("/v1/experiments", """
                {"key":"checkout","name":"Checkout","variants":[{"key":"a"},{"key":"b"},{"key":"c"}],"cuped":true,"cupedLookbackHours":72,
                 "primaryMetric":{"type":"conversion","event":"Order Completed","windowHours":48},
                 "secondaryMetrics":[{"type":"sum","event":"Order Completed","property":"revenue","windowHours":48},
                                     {"type":"count","event":"Page Viewed","where":[{"property":"path","op":"eq","value":"/cart"}]},
                                     {"type":"ratio","numerator":{"type":"sum","event":"Order Completed","property":"revenue"},
                                      "denominator":{"type":"count","event":"Order Completed"}}]}""").expect(201);
        api.post("/v1/experiments/checkout/start", "").expect(200);
        SplittableRandom random = new SplittableRandom(20261124);
        int customers = 0;
        for (int round = 0; round < 12; round++) {
            List<String> events = new ArrayList<>();
            int assigned = 5 + random.nextInt(20);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < assigned; i++) {
                ids.add("\"u" + customers++ + "\"");
            }
            api.post("/v1/experiments/checkout/assignments", "{\"customerIds\":[" + String.join(",", ids) + "]}").expect(200);
            for (int i = 0; i < 30; i++) {
                String customer = "u" + random.nextInt(customers + 5);
                Instant at = clock.instant().plus(Duration.ofMinutes(random.nextInt(-5000, 600)));
                events.add(switch (random.nextInt(5)) {
                    case 0 -> viewed("\"customerId\":\"" + customer + "\"", ARMS[random.nextInt(3)], at);
                    case 1, 2 -> event("Order Completed", customer, at, "{\"revenue\":" + (5 + random.nextInt(200)) / 2.0 + "}");
                    default -> event("Page Viewed", customer, at, "{\"path\":\"" + (random.nextBoolean() ? "/cart" : "/home") + "\"}");
                });
            }
            String visitor = "visitor-" + round;
            events.add(viewed("\"anonymousId\":\"" + visitor + "\"", ARMS[random.nextInt(3)], clock.instant().minus(Duration.ofMinutes(30))));
            events.add("{\"type\":\"track\",\"event\":\"Order Completed\",\"anonymousId\":\"" + visitor + "\",\"properties\":{\"revenue\":40}}");
            api.post("/v1/events/batch", "{\"events\":[" + String.join(",", events) + "]}").expect(200);
            if (round > 0) {
                String earlier = "visitor-" + (round - 1);
                String customer = round % 2 == 0 ? "u" + random.nextInt(customers) : "new-" + round;
                api.post("/v1/events", "{\"type\":\"identify\",\"customerId\":\"" + customer + "\",\"anonymousId\":\""
                        + earlier + "\"}").expect(200);
            }
            if (round == 7) {
                api.delete("/v1/customers/u3").expect(204);
            }
            clock.advance(Duration.ofMinutes(random.nextInt(10, 900)));

            JsonNode live = api.get("/v1/experiments/checkout/results").expect(200).json();
            JsonNode full = api.get("/v1/experiments/checkout/results?asOf=" + clock.instant()).expect(200).json();
            assertSame(full, live, "round " + round);
        }
        if (backend == Backend.SQLITE) {
            String metrics = api.get("/metrics").expect(200).body();
            assertTrue(metrics.contains("bindung_experiments_results_total{computation=\"incremental\"} 10.0"),
                    "all live results but the first and the one after a deletion were incremental");
        }
    }

    private static void assertSame(JsonNode expected, JsonNode actual, String where) {
        assertEquals(expected.get("arms"), actual.get("arms"), where + ": exposures");
        for (int metric = 0; metric < expected.get("metrics").size(); metric++) {
            Iterator<JsonNode> arms = expected.at("/metrics/" + metric + "/analysis/arms").elements();
            for (int arm = 0; arms.hasNext(); arm++) {
                JsonNode want = arms.next();
                JsonNode got = actual.at("/metrics/" + metric + "/analysis/arms/" + arm);
                for (String figure : List.of("n", "rate", "mean", "pValue")) {
                    assertClose(want.get(figure), got.get(figure), where + ", metric " + metric + ", arm " + arm + ", " + figure);
                }
            }
            assertClose(expected.at("/metrics/" + metric + "/cuped/theta"), actual.at("/metrics/" + metric + "/cuped/theta"),
                    where + ", metric " + metric + ", theta");
        }
    }

    private static void assertClose(JsonNode want, JsonNode got, String what) {
        if (want == null || want.isNull() || want.isMissingNode()) {
            assertTrue(got == null || got.isNull() || got.isMissingNode(), what + ": " + got);
            return;
        }
        assertEquals(want.asDouble(), got.asDouble(), 1e-9 * Math.max(1, Math.abs(want.asDouble())), what);
    }

    private static String viewed(String who, String arm, Instant at) {
        return "{\"type\":\"track\",\"event\":\"Experiment Viewed\"," + who + ",\"timestamp\":\"" + at
                + "\",\"properties\":{\"experimentId\":\"checkout\",\"variationId\":\"" + arm + "\"}}";
    }

    private static String event(String name, String customer, Instant at, String properties) {
        return "{\"type\":\"track\",\"event\":\"" + name + "\",\"customerId\":\"" + customer + "\",\"timestamp\":\"" + at
                + "\",\"properties\":" + properties + "}";
    }
}
