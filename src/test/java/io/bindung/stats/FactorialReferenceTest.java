package io.bindung.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.bindung.stats.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Factorial} against the reference section {@code factorial} of tools/stats_reference.py: Type III
 * F tests, the overall test and the marginal-mean differences of an OLS fit on raw per-unit data with
 * a full sum-coded design.
 */
class FactorialReferenceTest {
    @Test
    void theFixtureHoldsAtLeastSixFactorialCases() {
        assertTrue(Reference.cases("factorial").size() >= 6);
    }

    @TestFactory
    Stream<DynamicTest> factorial() {
        return Reference.cases("factorial").stream()
                .map(c -> DynamicTest.dynamicTest("factorial: " + c.get("name").asText(), () -> check(c)));
    }

    private static void check(JsonNode c) {
        int[] levels = new int[c.get("levels").size()];
        for (int factor = 0; factor < levels.length; factor++) {
            levels[factor] = c.get("levels").get(factor).intValue();
        }
        List<Sample> cells = new ArrayList<>();
        boolean proportions = c.get("metric").asText().equals("proportion");
        c.get("cells").forEach(cell -> cells.add(proportions ? Reference.proportion(cell) : Reference.mean(cell)));
        FactorialAnalysis analysis = Factorial.analyse(levels, cells, c.get("alpha").doubleValue());
        JsonNode expected = c.get("expected");
        assertEquals(expected.get("residualDf").longValue(), analysis.residualDegreesOfFreedom(), "residual df");
        assertClose(expected.get("meanSquaredError"), analysis.meanSquaredError(), "MSE");
        assertEquals(List.of(), analysis.explanations());
        assertTerm(expected.get("overall"), analysis.overall(), "overall");
        assertEquals(expected.get("terms").size(), analysis.terms().size(), "terms");
        for (int term = 0; term < analysis.terms().size(); term++) {
            JsonNode expectedTerm = expected.get("terms").get(term);
            assertEquals(integers(expectedTerm.get("factors")), analysis.terms().get(term).factors(), "factors of term " + term);
            assertTerm(expectedTerm, analysis.terms().get(term), "term " + expectedTerm.get("factors"));
        }
        assertEquals(levels.length, analysis.mainEffects().size(), "main effects");
        for (int factor = 0; factor < levels.length; factor++) {
            assertEffect(expected.get("mainEffects").get(factor), analysis.mainEffects().get(factor));
        }
    }

    private static void assertTerm(JsonNode expected, FactorialTerm actual, String what) {
        assertEquals(expected.get("df").intValue(), actual.degreesOfFreedom(), what + " df");
        assertEquals(expected.get("df2").longValue(), actual.denominatorDegreesOfFreedom(), what + " denominator df");
        assertClose(expected.get("statistic"), actual.statistic(), what + " F");
        assertClose(expected.get("pValue"), actual.pValue(), what + " p-value");
    }

    private static void assertEffect(JsonNode expected, FactorialEffect actual) {
        String what = "factor " + actual.factor();
        assertEquals(expected.get("factor").intValue(), actual.factor());
        assertEquals(expected.get("levelMeans").size(), actual.levelMeans().size(), what + " levels");
        for (int level = 0; level < actual.levelMeans().size(); level++) {
            assertClose(expected.get("levelMeans").get(level), actual.levelMeans().get(level), what + " mean of level " + level);
        }
        assertEquals(expected.get("differences").size(), actual.differences().size(), what + " differences");
        for (int index = 0; index < actual.differences().size(); index++) {
            JsonNode difference = expected.get("differences").get(index);
            FactorialDifference result = actual.differences().get(index);
            String level = what + " level " + difference.get("level").intValue();
            assertEquals(difference.get("level").intValue(), result.level(), level);
            assertClose(difference.get("estimate").doubleValue(), result.difference().estimate(), level + " difference");
            assertNotNull(result.difference().interval(), level + " interval");
            assertClose(difference.get("lower").doubleValue(), result.difference().interval().lower(), level + " lower");
            assertClose(difference.get("upper").doubleValue(), result.difference().interval().upper(), level + " upper");
            assertClose(difference.get("statistic"), result.statistic(), level + " t");
            assertClose(difference.get("pValue"), result.pValue(), level + " p-value");
        }
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(value -> values.add(value.intValue()));
        return values;
    }
}
