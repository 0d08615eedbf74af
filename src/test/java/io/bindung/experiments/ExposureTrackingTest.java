package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * First exposures as results count them: the earliest {@code Experiment Viewed} in the current
 * phase wins, whatever order events arrive in, however they are written (client-side, anonymous
 * and later identified), and a new phase starts counting afresh.
 */
class ExposureTrackingTest extends ClockedEndToEndTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    ExposureTrackingTest() {
        super(START);
    }

    @Test
    void theEarliestExposureOfThePhaseCountsWhateverPathAndOrderItCameBy() {
        api.post("/v1/experiments", """
                {"key":"banner","name":"Banner","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""").expect(201);
        viewed("early", "a", START.minus(Duration.ofHours(1)));
        api.post("/v1/experiments/banner/start", "").expect(200);
        clock.advance(Duration.ofHours(3));

        viewed("early", "b", START.plus(Duration.ofHours(1)));
        viewed("reordered", "a", START.plus(Duration.ofHours(2)));
        viewed("reordered", "b", START.plus(Duration.ofMinutes(30)));
        api.post("/v1/events", """
                {"type":"track","event":"Experiment Viewed","anonymousId":"visitor-9","timestamp":"%s",
                 "properties":{"experimentId":"banner","variationId":"a"}}""".formatted(START.plus(Duration.ofMinutes(20))))
                .expect(200);
        api.post("/v1/events", """
                {"type":"identify","customerId":"known-9","anonymousId":"visitor-9"}""").expect(200);

        JsonNode now = api.get("/v1/experiments/banner/results").expect(200).json();
        assertEquals(1, exposures(now, 0), "the visitor, identified later, in a");
        assertEquals(2, exposures(now, 1), "early (its pre-start view ignored) and reordered (its earlier view wins), in b");
        JsonNode before = api.get("/v1/experiments/banner/results?asOf=" + START.plus(Duration.ofMinutes(45))).expect(200).json();
        assertEquals(1, exposures(before, 0));
        assertEquals(1, exposures(before, 1), "early was first exposed after the asOf time");

        api.post("/v1/experiments/banner/phases", """
                {"key":"banner","name":"Banner","variants":[{"key":"a","weight":1},{"key":"b","weight":3}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""").expect(200);
        Instant phaseTwo = clock.instant();
        clock.advance(Duration.ofHours(1));
        viewed("early", "a", phaseTwo.minus(Duration.ofMinutes(5)));
        viewed("fresh", "b", phaseTwo.plus(Duration.ofMinutes(10)));
        viewed("reordered", "a", phaseTwo.plus(Duration.ofMinutes(20)));

        JsonNode phase = api.get("/v1/experiments/banner/results").expect(200).json();
        assertEquals(2, phase.get("phase").asInt());
        assertEquals(1, exposures(phase, 0), "only reordered's view in the new phase counts in a");
        assertEquals(1, exposures(phase, 1), "fresh; the first phase's views do not count");
    }

    private void viewed(String customer, String variation, Instant at) {
        api.post("/v1/events", """
                {"type":"track","event":"Experiment Viewed","customerId":"%s","timestamp":"%s",
                 "properties":{"experimentId":"banner","variationId":"%s"}}""".formatted(customer, at, variation)).expect(200);
    }

    private static long exposures(JsonNode results, int arm) {
        return results.at("/arms/" + arm + "/exposures").asLong();
    }
}
