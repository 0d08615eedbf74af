package io.bindung.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DiscreteHazard} against SciPy ({@code tools/sendtime_reference.py} writes
 * {@code stats/discrete_hazard.json}): the survival S(k) of {@code scipy.stats.ecdf} on {@code CensoredData}
 * with events at d + ½ and censoring at the observed periods, for k = 0 … periods, and the hazards
 * 1 − S(d + 1)/S(d) where S(d) > 0, both to 1e-9 absolute.
 */
class DiscreteHazardReferenceTest {
    private static final double TOLERANCE = 1e-9;
    private static final JsonNode FIXTURE = load();

    @Test
    void theFixtureCoversTiesEarlyCensoringManySendsAndLateEvents() {
        List<JsonNode> cases = cases();
        assertTrue(cases.size() >= 5);
        assertTrue(cases.stream().anyMatch(c -> c.get("periods").intValue() == 168 && c.get("eventAt").size() >= 2000));
        assertTrue(cases.stream().anyMatch(c -> last(c.get("survival")) == 1));
        assertTrue(cases.stream().anyMatch(c -> last(c.get("survival")) == 0 && c.get("hazards").get(c.get("periods").intValue() - 1).isNull()));
        assertTrue(cases.stream().anyMatch(c -> max(ints(c.get("eventAt"))) >= c.get("periods").intValue()));
    }

    @TestFactory
    Stream<DynamicTest> survivalMatchesScipy() {
        return each(c -> {
            DiscreteHazard estimate = estimate(c);
            JsonNode survival = c.get("survival");
            for (int k = 0; k < survival.size(); k++) {
                assertEquals(survival.get(k).doubleValue(), estimate.survival(k), TOLERANCE, "S(" + k + ")");
            }
            assertEquals(c.get("eventAt").size(), estimate.subjects(), "subjects");
        });
    }

    @TestFactory
    Stream<DynamicTest> hazardsMatchScipy() {
        return each(c -> {
            DiscreteHazard estimate = estimate(c);
            double[] hazards = estimate.hazards();
            JsonNode expected = c.get("hazards");
            assertEquals(c.get("periods").intValue(), hazards.length, "one hazard per period");
            for (int d = 0; d < hazards.length; d++) {
                double scipy = expected.get(d).isNull() ? 0 : expected.get(d).doubleValue();
                assertEquals(scipy, hazards[d], TOLERANCE, "h(" + d + ")" + (expected.get(d).isNull() ? ", nobody at risk" : ""));
                assertEquals(hazards[d], estimate.hazard(d), "hazard(" + d + ")");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> beyondThePeriodsNothingChanges() {
        return each(c -> {
            DiscreteHazard estimate = estimate(c);
            int periods = c.get("periods").intValue();
            assertEquals(0, estimate.hazard(periods));
            assertEquals(0, estimate.hazard(periods + 1000));
            assertEquals(estimate.survival(periods), estimate.survival(periods + 1000));
        });
    }

    @Test
    void thePeriodsObservedBySubjectsWithAnEventAreIgnored() {
        DiscreteHazard estimate = DiscreteHazard.estimate(new int[] {0, 2, -1, 4}, new int[] {0, 0, 3, 0}, 5);
        DiscreteHazard arbitrary = DiscreteHazard.estimate(new int[] {0, 2, -1, 4}, new int[] {-7, 100, 3, 1}, 5);
        assertArrayEquals(estimate.hazards(), arbitrary.hazards());
        assertArrayEquals(new double[] {0.25, 0, 1 / 3.0, 0, 1}, estimate.hazards(), TOLERANCE);
    }

    @Test
    void theHazardsAreACopy() {
        DiscreteHazard estimate = DiscreteHazard.estimate(new int[] {0, -1}, new int[] {0, 5}, 3);
        estimate.hazards()[0] = 0.9;
        assertEquals(0.5, estimate.hazard(0));
        double[] given = {0.1, 0.2};
        DiscreteHazard direct = new DiscreteHazard(given, 0);
        given[0] = 0.9;
        assertEquals(0.1, direct.hazard(0));
    }

    @Test
    void noSubjectsMeansNoHazard() {
        DiscreteHazard estimate = DiscreteHazard.estimate(new int[0], new int[0], 4);
        assertArrayEquals(new double[4], estimate.hazards());
        assertEquals(1, estimate.survival(4));
        assertEquals(0, estimate.subjects());
    }

    @Test
    void rejectsInvalidInput() {
        assertInvalid(() -> DiscreteHazard.estimate(new int[] {0, 1}, new int[] {0}, 3));
        assertInvalid(() -> DiscreteHazard.estimate(new int[] {0}, new int[] {0}, 0));
        assertInvalid(() -> DiscreteHazard.estimate(new int[] {0}, new int[] {0}, -1));
        assertInvalid(() -> DiscreteHazard.estimate(new int[] {-2}, new int[] {3}, 3));
        assertInvalid(() -> DiscreteHazard.estimate(new int[] {1, -1}, new int[] {0, -1}, 3));
        assertThrows(NullPointerException.class, () -> DiscreteHazard.estimate(null, new int[0], 3));
        assertThrows(NullPointerException.class, () -> DiscreteHazard.estimate(new int[0], null, 3));
    }

    private static void assertInvalid(Executable call) {
        assertThrows(IllegalArgumentException.class, call);
    }

    private static DiscreteHazard estimate(JsonNode c) {
        return DiscreteHazard.estimate(ints(c.get("eventAt")), ints(c.get("observed")), c.get("periods").intValue());
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).intValue();
        }
        return values;
    }

    private static int max(int[] values) {
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static double last(JsonNode array) {
        return array.get(array.size() - 1).doubleValue();
    }

    private static List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        FIXTURE.get("cases").forEach(cases::add);
        return cases;
    }

    private static Stream<DynamicTest> each(Consumer<JsonNode> check) {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check.accept(c)));
    }

    private static JsonNode load() {
        try (InputStream in = DiscreteHazardReferenceTest.class.getResourceAsStream("/stats/discrete_hazard.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
