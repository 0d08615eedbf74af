package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.stats.Analysis;
import io.bindung.stats.Correction;
import io.bindung.stats.Cuped;
import io.bindung.stats.Mean;
import io.bindung.stats.Power;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CUPED through the API: the covariate is the metric in the lookback before each customer's first
 * exposure, computed in SQL; results equal {@link Cuped} and {@link Analysis} on sums counted here,
 * and the power status projects the days still needed from the exposure rate.
 */
class CupedResultsTest extends ClockedEndToEndTest {
    private static final Instant START = Instant.parse("2026-05-04T12:00:00Z");
    private static final int CUSTOMERS = 120;

    CupedResultsTest() {
        super(START);
    }

    @Test
    void cupedAdjustsByThePreExposureValueAndPowerProjectsTheDaysLeft() {
        api.post("/v1/experiments", """
                {"key":"recs","name":"Recommendations","variants":[{"key":"control"},{"key":"recs"}],
                 "primaryMetric":{"type":"count","event":"Page Viewed","windowHours":24},
                 "cuped":true,"cupedLookbackHours":48,"minimumDetectableEffect":0.02}""").expect(201);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            events.addAll(views("c" + i, before(i), START.minus(Duration.ofHours(10))));
            events.addAll(views("c" + i, 3, START.minus(Duration.ofHours(60))));
        }
        post(events);
        api.post("/v1/experiments/recs/start", "").expect(200);
        String ids = IntStream.range(0, CUSTOMERS).mapToObj(i -> "\"c" + i + "\"").collect(Collectors.joining(",", "{\"customerIds\":[", "]}"));
        JsonNode assignments = api.post("/v1/experiments/recs/assignments", ids).expect(200).json().get("assignments");

        clock.advance(Duration.ofDays(2));
        events.clear();
        long[] n = new long[2];
        double[][] sums = new double[2][5];
        for (JsonNode assignment : assignments) {
            int i = Integer.parseInt(assignment.get("customerId").asText().substring(1));
            int arm = assignment.get("variant").asText().equals("control") ? 0 : 1;
            int after = before(i) + i % 3 + arm;
            events.addAll(views("c" + i, after, START.plus(Duration.ofHours(1))));
            events.addAll(views("c" + i, 2, START.plus(Duration.ofHours(30))));
            n[arm]++;
            add(sums[arm], after, before(i));
        }
        post(events);

        JsonNode results = api.get("/v1/experiments/recs/results").expect(200).json();
        Cuped expected = Cuped.adjust(List.of(new Mean(n[0], sums[0][0], sums[0][1]), new Mean(n[1], sums[1][0], sums[1][1])),
                List.of(new Mean(n[0], sums[0][2], sums[0][3]), new Mean(n[1], sums[1][2], sums[1][3])),
                new double[] {sums[0][4], sums[1][4]});
        JsonNode metric = results.at("/metrics/0");
        assertEquals(48, metric.at("/cuped/lookbackHours").asLong());
        assertEquals(expected.theta(), metric.at("/cuped/theta").asDouble(), 1e-9);
        assertTrue(expected.varianceReduction() > 0.5, "the pre-period explains most of the variance: " + expected.varianceReduction());
        assertEquals(expected.varianceReduction(), metric.at("/cuped/varianceReduction").asDouble(), 1e-9);
        Analysis analysis = Analysis.means(expected.adjusted(), 0, 0.05, Correction.HOLM);
        assertEquals("mean", metric.at("/analysis/metric").asText());
        assertEquals(analysis.arms().get(1).mean(), metric.at("/analysis/arms/1/mean").asDouble(), 1e-9);
        assertEquals(analysis.arms().get(1).comparison().pValue(), metric.at("/analysis/arms/1/pValue").asDouble(), 1e-9);
        assertEquals(1, metric.at("/analysis/arms/1/absoluteLift/estimate").asDouble(), 0.3, "recs add one view each");

        Mean control = expected.adjusted().get(0);
        long required = (long) Math.ceil(Power.meanSampleSize(control.mean(), Math.sqrt(control.variance()), 0.02, 0.05, 0.8));
        long smallest = Math.min(n[0], n[1]);
        JsonNode power = results.get("power");
        assertEquals(required, power.get("requiredPerArm").asLong());
        assertEquals(smallest, power.get("smallestArm").asLong());
        assertEquals(smallest / 2.0, power.get("smallestArmPerDay").asDouble(), 1e-9);
        assertEquals((required - smallest) / (smallest / 2.0), power.get("expectedDaysRemaining").asDouble(), 1e-9);
        assertNull(power.get("explanation").textValue());
        assertTrue(analysis.arms().get(1).adjustedPValue() < 0.05, "with CUPED one view more is clear in 120 customers");
        assertEquals("recs wins", results.get("verdict").asText(), "a significant winner outranks the power status");
    }

    @Test
    void cupedNeedsTheSwitchAndAWholeLookback() {
        api.post("/v1/experiments", """
                {"key":"bad","name":"Bad","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"count","event":"Page Viewed"},"cupedLookbackHours":2.5}""")
                .invalidRequest().expect(400);
        JsonNode problem = api.post("/v1/experiments", """
                {"key":"bad","name":"Bad","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"count","event":"Page Viewed"},"cupedLookbackHours":24}""").expect(400).json();
        assertTrue(problem.toString().contains("cupedLookbackHours"), problem.toString());
        api.get("/v1/experiments/bad").expect(404);
    }

    /** Views in the pre-period, 0 to 6. */
    private static int before(int customer) {
        return customer % 7;
    }

    private static List<String> views(String customer, int count, Instant at) {
        List<String> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            views.add("{\"type\":\"track\",\"event\":\"Page Viewed\",\"customerId\":\"" + customer + "\",\"timestamp\":\""
                    + at.plusSeconds(i) + "\"}");
        }
        return views;
    }

    private void post(List<String> events) {
        for (int from = 0; from < events.size(); from += 500) {
            List<String> batch = events.subList(from, Math.min(events.size(), from + 500));
            api.post("/v1/events/batch", "{\"events\":[" + String.join(",", batch) + "]}").expect(200);
        }
    }

    /** Adds one customer's metric y and covariate x to Σy, Σy², Σx, Σx², Σxy. */
    private static void add(double[] sums, double y, double x) {
        sums[0] += y;
        sums[1] += y * y;
        sums[2] += x;
        sums[3] += x * x;
        sums[4] += x * y;
    }
}
