package io.bindung.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.bindung.stats.Reference.assertClose;
import static io.bindung.stats.Reference.doubles;
import static io.bindung.stats.Reference.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every function of the package against SciPy (tools/stats_reference.py writes the fixture). */
class ReferenceTest {

    @Test
    void theFixtureHoldsAtLeastSixtyCases() {
        int cases = 0;
        for (String section : List.of("twoProportions", "welch", "chiSquare", "welchAnova", "srm", "adjustments", "power", "analyses")) {
            cases += Reference.cases(section).size();
        }
        assertTrue(cases >= 60, "only " + cases + " cases");
    }

    @TestFactory
    Stream<DynamicTest> twoProportions() {
        return each("twoProportions", c -> assertComparison(c.get("expected"), ProportionTest.compare(
                Reference.proportion(c.get("control")), Reference.proportion(c.get("treatment")), c.get("alpha").doubleValue())));
    }

    @TestFactory
    Stream<DynamicTest> welch() {
        return each("welch", c -> assertComparison(c.get("expected"), WelchTest.compare(
                Reference.mean(c.get("control")), Reference.mean(c.get("treatment")), c.get("alpha").doubleValue())));
    }

    @TestFactory
    Stream<DynamicTest> chiSquare() {
        return each("chiSquare", c -> {
            List<Proportion> arms = new ArrayList<>();
            c.get("arms").forEach(arm -> arms.add(Reference.proportion(arm)));
            assertOmnibus(c.get("expected"), ChiSquareIndependence.test(arms));
        });
    }

    @TestFactory
    Stream<DynamicTest> welchAnova() {
        return each("welchAnova", c -> {
            List<Mean> arms = new ArrayList<>();
            c.get("arms").forEach(arm -> arms.add(Reference.mean(arm)));
            assertOmnibus(c.get("expected"), WelchAnova.test(arms));
        });
    }

    @TestFactory
    Stream<DynamicTest> sampleRatioMismatch() {
        return each("srm", c -> {
            long[] exposures = longs(c.get("exposures"));
            double[] weights = doubles(c.get("weights"));
            SampleRatioMismatch result = SampleRatioMismatch.test(exposures, weights);
            JsonNode expected = c.get("expected");
            assertClose(expected.get("statistic").doubleValue(), result.statistic(), "statistic");
            assertEquals(expected.get("df").intValue(), result.degreesOfFreedom(), "df");
            assertClose(expected.get("pValue").doubleValue(), result.pValue(), "p-value");
            assertEquals(expected.get("mismatch").booleanValue(), result.mismatch(), "mismatch");
            List<Integer> unexpected = new ArrayList<>();
            expected.get("unexpectedArms").forEach(arm -> unexpected.add(arm.intValue()));
            assertEquals(unexpected, result.unexpectedArms());
        });
    }

    @TestFactory
    Stream<DynamicTest> adjustments() {
        return each("adjustments", c -> {
            double[] raw = doubles(c.get("pValues"));
            assertAll(doubles(c.get("holm")), Correction.HOLM.adjust(raw), "holm");
            assertAll(doubles(c.get("benjaminiHochberg")), Correction.BENJAMINI_HOCHBERG.adjust(raw), "benjamini-hochberg");
            assertAll(raw, Correction.NONE.adjust(raw), "none");
        });
    }

    @TestFactory
    Stream<DynamicTest> power() {
        return Reference.cases("power").stream().map(c -> DynamicTest.dynamicTest(
                c.get("kind").asText() + " " + c.get("parameters"), () -> assertPower(c)));
    }

    @TestFactory
    Stream<DynamicTest> analyses() {
        return each("analyses", c -> {
            List<JsonNode> arms = new ArrayList<>();
            c.get("arms").forEach(arms::add);
            int control = c.get("control").intValue();
            double alpha = c.get("alpha").doubleValue();
            Correction correction = Correction.parse(c.get("correction").asText()).orElseThrow();
            Analysis analysis = c.get("metric").asText().equals("proportion")
                    ? Analysis.proportions(arms.stream().map(Reference::proportion).toList(), control, alpha, correction)
                    : Analysis.means(arms.stream().map(Reference::mean).toList(), control, alpha, correction);
            JsonNode expected = c.get("expected");
            for (ArmResult arm : analysis.arms()) {
                JsonNode expectedArm = expected.get("arms").get(arm.index());
                if (arm.index() == control) {
                    assertTrue(expectedArm.isNull() && arm.control());
                    continue;
                }
                assertComparison(expectedArm, arm.comparison());
                assertClose(expectedArm.get("adjustedPValue"), arm.adjustedPValue(), "adjusted p-value of arm " + arm.index());
            }
            if (!expected.get("omnibus").isNull()) {
                assertOmnibus(expected.get("omnibus"), analysis.omnibus());
            }
        });
    }

    private static void assertPower(JsonNode c) {
        JsonNode p = c.get("parameters");
        double alpha = c.get("alpha").doubleValue();
        double power = c.get("power").doubleValue();
        JsonNode expected = c.get("expected");
        switch (c.get("kind").asText()) {
            case "proportionSampleSize" -> assertClose(expected.doubleValue(), Power.proportionSampleSize(
                    p.get("baseline").doubleValue(), p.get("mde").doubleValue(), alpha, power), "n per arm");
            case "meanSampleSize" -> assertClose(expected.doubleValue(), Power.meanSampleSize(p.get("baseline").doubleValue(),
                    p.get("sd").doubleValue(), p.get("mde").doubleValue(), alpha, power), "n per arm");
            case "proportionReachableMde" -> assertClose(expected, boxed(Power.proportionReachableMde(
                    p.get("baseline").doubleValue(), p.get("n").longValue(), alpha, power)), "MDE");
            default -> assertClose(expected, boxed(Power.meanReachableMde(p.get("baseline").doubleValue(),
                    p.get("sd").doubleValue(), p.get("n").longValue(), alpha, power)), "MDE");
        }
    }

    static void assertComparison(JsonNode expected, Comparison actual) {
        assertLift(expected.get("absolute"), actual.absolute(), "absolute lift");
        assertLift(expected.get("relative"), actual.relative(), "relative lift");
        assertClose(expected.get("statistic").doubleValue(), actual.statistic(), "statistic");
        assertClose(expected.get("df"), actual.degreesOfFreedom(), "degrees of freedom");
        assertClose(expected.get("pValue").doubleValue(), actual.pValue(), "p-value");
        boolean regular = expected.get("relative").isObject() && !expected.get("relative").get("lower").isNull()
                && !expected.get("absolute").get("lower").isNull() && expected.get("df").isNumber()
                && actual.absolute().interval().upper() > actual.absolute().interval().lower();
        if (!regular) {
            assertFalse(actual.explanations().isEmpty(), "degenerate input is explained");
        }
    }

    private static void assertLift(JsonNode expected, Lift actual, String what) {
        if (expected.isNull()) {
            assertNull(actual, what + " should be undefined");
            return;
        }
        assertNotNull(actual, what);
        assertClose(expected.get("estimate").doubleValue(), actual.estimate(), what);
        if (expected.get("lower").isNull()) {
            assertNull(actual.interval(), what + " interval should be undefined");
            return;
        }
        assertNotNull(actual.interval(), what + " interval");
        assertClose(expected.get("lower").doubleValue(), actual.interval().lower(), what + " lower");
        assertClose(expected.get("upper").doubleValue(), actual.interval().upper(), what + " upper");
    }

    private static void assertOmnibus(JsonNode expected, OmnibusTest actual) {
        assertClose(expected.get("statistic").doubleValue(), actual.statistic(), "statistic");
        assertClose(expected.get("df").doubleValue(), actual.degreesOfFreedom(), "df");
        assertClose(expected.get("df2"), actual.denominatorDegreesOfFreedom(), "denominator df");
        assertClose(expected.get("pValue").doubleValue(), actual.pValue(), "p-value");
    }

    private static void assertAll(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], what + " [" + i + "]");
        }
    }

    private static Stream<DynamicTest> each(String section, Consumer<JsonNode> check) {
        return Reference.cases(section).stream()
                .map(c -> DynamicTest.dynamicTest(section + ": " + c.get("name").asText(), () -> check.accept(c)));
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
