package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.stats.Factorial;
import io.bindung.stats.FactorialAnalysis;
import io.bindung.stats.Proportion;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 2×2 multivariate test through the API: its factorial analysis equals {@link Factorial} on the same cell counts. */
class FactorialResultsTest extends EndToEndTest {
    private static final List<String> CELLS = List.of("color=red|size=s", "color=red|size=l", "color=blue|size=s", "color=blue|size=l");

    @Test
    void mainEffectsAndTheInteractionOfAMultivariateTest() {
        api.post("/v1/experiments", """
                {"key":"hero","name":"Hero","factors":[{"key":"color","levels":["red","blue"]},{"key":"size","levels":["s","l"]}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"},
                 "secondaryMetrics":[{"type":"ratio","numerator":{"type":"sum","event":"Order Completed","property":"revenue"},
                                      "denominator":{"type":"count","event":"Order Completed"}}]}""").expect(201);
        api.post("/v1/experiments/hero/start", "").expect(200);
        String ids = IntStream.range(0, 800).mapToObj(i -> "\"m" + i + "\"").collect(Collectors.joining(",", "{\"customerIds\":[", "]}"));
        JsonNode assignments = api.post("/v1/experiments/hero/assignments", ids).expect(200).json().get("assignments");
        long[] n = new long[4];
        long[] conversions = new long[4];
        List<String> orders = new ArrayList<>();
        for (JsonNode assignment : assignments) {
            int cell = CELLS.indexOf(assignment.get("variant").asText());
            int number = Integer.parseInt(assignment.get("customerId").asText().substring(1));
            n[cell]++;
            boolean blue = cell >= 2;
            boolean large = cell % 2 == 1;
            int every = blue && large ? 2 : blue ? 4 : 6;
            if (number % every == 0) {
                conversions[cell]++;
                orders.add("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"m" + number
                        + "\",\"properties\":{\"revenue\":20}}");
            }
        }
        api.post("/v1/events/batch", "{\"events\":[" + String.join(",", orders) + "]}").expect(200);

        JsonNode results = api.get("/v1/experiments/hero/results").expect(200).json();
        FactorialAnalysis expected = Factorial.analyse(new int[] {2, 2},
                IntStream.range(0, 4).mapToObj(i -> new Proportion(n[i], conversions[i])).toList(), 0.05);
        JsonNode factorial = results.at("/metrics/0/factorial");
        assertEquals(List.of("color", "size", "color×size"),
                factorial.get("terms").findValuesAsText("term"));
        for (int term = 0; term < 3; term++) {
            assertEquals(expected.terms().get(term).statistic(), factorial.at("/terms/" + term + "/statistic").asDouble(), 1e-9);
            assertEquals(expected.terms().get(term).pValue(), factorial.at("/terms/" + term + "/pValue").asDouble(), 1e-12);
        }
        assertTrue(factorial.at("/terms/0/pValue").asDouble() < 0.001, "blue converts far better");
        assertEquals(expected.overall().statistic(), factorial.at("/overall/statistic").asDouble(), 1e-9);
        assertEquals("blue", factorial.at("/mainEffects/0/levels/1/level").asText());
        assertEquals(expected.mainEffects().get(0).differences().get(0).difference().estimate(),
                factorial.at("/mainEffects/0/levels/1/differenceFromFirst/estimate").asDouble(), 1e-12);
        assertTrue(factorial.at("/mainEffects/0/levels/0/differenceFromFirst").isNull());
        assertEquals("color=blue|size=l", factorial.get("bestCell").asText());
        assertEquals(expected.residualDegreesOfFreedom(), factorial.get("residualDegreesOfFreedom").asLong());

        JsonNode ratio = results.at("/metrics/1");
        assertTrue(ratio.get("factorial").isNull());
        assertTrue(ratio.get("warnings").get(0).asText().contains("no factorial analysis"));
    }
}
