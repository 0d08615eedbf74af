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
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.bindung.stats.Reference.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CyclicHazard} against SciPy ({@code tools/sendtime_reference.py} writes {@code stats/cyclic_hazard.json}):
 * the posterior mode of the Poisson model with a Gamma prior on the activity, found with
 * {@code scipy.optimize.minimize(method="trust-exact")} on the negative log-posterior in log b and log A, to a
 * gradient norm below 1e-10, then A scaled to mean 1 and b the other way. Rates and activity to 1e-6 relative, 1e-9
 * absolute where SciPy's value is 0.
 */
class CyclicHazardReferenceTest {
    private static final double RELATIVE = 1e-6;
    private static final double ABSOLUTE = 1e-9;
    private static final JsonNode FIXTURE = load();

    @Test
    void theFixtureCoversOneStartPhaseAWeekFewStartPhasesAndLateEvents() {
        List<JsonNode> cases = cases();
        assertTrue(cases.size() >= 5);
        assertTrue(cases.stream().anyMatch(c -> distinct(ints(c.get("startPhase"))) == 1));
        assertTrue(cases.stream().anyMatch(c -> distinct(ints(c.get("startPhase"))) == 3));
        assertTrue(cases.stream().anyMatch(c -> c.get("cycle").intValue() == 24 && c.get("periods").intValue() == 12
                && distinct(ints(c.get("startPhase"))) == 24));
        assertTrue(cases.stream().anyMatch(c -> c.get("cycle").intValue() == 168 && c.get("periods").intValue() == 168
                && c.get("eventAt").size() >= 2000 && distinct(ints(c.get("startPhase"))) == 168));
        assertTrue(cases.stream().anyMatch(c -> max(ints(c.get("eventAt"))) >= c.get("periods").intValue()
                && hasUnobservedCensoring(c)));
    }

    @TestFactory
    Stream<DynamicTest> ratesMatchScipy() {
        return each(c -> {
            CyclicHazard estimate = estimate(c);
            double[] rates = estimate.rates();
            JsonNode expected = c.get("rates");
            assertEquals(c.get("periods").intValue(), rates.length, "one rate per period");
            for (int d = 0; d < rates.length; d++) {
                assertClose(expected.get(d).doubleValue(), rates[d], "b(" + d + ")");
            }
            assertEquals(c.get("eventAt").size(), estimate.subjects(), "subjects");
        });
    }

    @TestFactory
    Stream<DynamicTest> activityMatchesScipy() {
        return each(c -> {
            double[] activity = estimate(c).activity();
            JsonNode expected = c.get("activity");
            assertEquals(c.get("cycle").intValue(), activity.length, "one activity per phase");
            for (int h = 0; h < activity.length; h++) {
                assertClose(expected.get(h).doubleValue(), activity[h], "A(" + h + ")");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> theActivityAveragesOne() {
        return each(c -> assertEquals(1, Arrays.stream(estimate(c).activity()).average().orElseThrow(), 1e-12));
    }

    @Test
    void rejectsInvalidInput() {
        int[] one = {0};
        assertInvalid(() -> CyclicHazard.estimate(new int[] {0, 1}, one, one, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, new int[] {0, -1}, one, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, one, new int[] {0, 2}, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(new int[] {4}, one, one, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(new int[] {-1}, one, one, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, new int[] {-2}, one, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, new int[] {-1}, new int[] {-1}, 3, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, one, one, 0, 4));
        assertInvalid(() -> CyclicHazard.estimate(one, one, one, 3, 0));
        assertThrows(NullPointerException.class, () -> CyclicHazard.estimate(null, one, one, 3, 4));
        assertThrows(NullPointerException.class, () -> CyclicHazard.estimate(one, null, one, 3, 4));
        assertThrows(NullPointerException.class, () -> CyclicHazard.estimate(one, one, null, 3, 4));
    }

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = expected == 0 ? ABSOLUTE : RELATIVE * Math.abs(expected);
        assertEquals(expected, actual, tolerance, what);
    }

    private static void assertInvalid(Executable call) {
        assertThrows(IllegalArgumentException.class, call);
    }

    private static CyclicHazard estimate(JsonNode c) {
        return CyclicHazard.estimate(ints(c.get("startPhase")), ints(c.get("eventAt")), ints(c.get("observed")),
                c.get("periods").intValue(), c.get("cycle").intValue());
    }

    private static boolean hasUnobservedCensoring(JsonNode c) {
        int[] eventAt = ints(c.get("eventAt"));
        int[] observed = ints(c.get("observed"));
        for (int i = 0; i < eventAt.length; i++) {
            if (eventAt[i] == -1 && observed[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static long distinct(int[] values) {
        return Arrays.stream(values).distinct().count();
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(Integer.MIN_VALUE);
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
        try (InputStream in = CyclicHazardReferenceTest.class.getResourceAsStream("/stats/cyclic_hazard.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
