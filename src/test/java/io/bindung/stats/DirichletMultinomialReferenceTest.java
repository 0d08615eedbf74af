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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DirichletMultinomial} against SciPy ({@code tools/sendtime_reference.py} writes
 * {@code stats/dirichlet_multinomial.json}): log-likelihoods (dirichlet_multinomial.logpmf, or the
 * formula with gammaln for fractional counts) and fitted concentrations (brentq on the digamma
 * derivative, checked by mpmath), to relative 1e-6; the digamma differences against mpmath to 1e-11.
 */
class DirichletMultinomialReferenceTest {
    private static final double TOLERANCE = 1e-6;
    private static final JsonNode FIXTURE = load();

    @Test
    void theFixtureCoversLikelihoodsInteriorFitsAndBothBounds() {
        List<JsonNode> fits = cases("fits");
        assertTrue(cases("logLikelihood").size() >= 6);
        assertTrue(fits.stream().filter(c -> c.get("bound").isNull()).count() >= 4);
        assertTrue(fits.stream().anyMatch(c -> c.get("bound").asText().equals("upper")));
        assertTrue(fits.stream().anyMatch(c -> c.get("bound").asText().equals("lower")));
        assertTrue(fits.stream().anyMatch(c -> c.get("mean").size() == 168 && c.get("customers").size() >= 200));
    }

    @TestFactory
    Stream<DynamicTest> logLikelihoodMatchesScipy() {
        return each("logLikelihood", c -> assertClose(c.get("expected").doubleValue(), DirichletMultinomial.logLikelihood(
                doubles(c.get("mean")), counts(c), c.get("concentration").doubleValue()), "log-likelihood"));
    }

    @TestFactory
    Stream<DynamicTest> fittedConcentrationMatchesScipy() {
        return each("fits", c -> {
            double[] mean = doubles(c.get("mean"));
            double[][] counts = counts(c);
            double fitted = DirichletMultinomial.fitConcentration(mean, counts, c.get("lower").doubleValue(),
                    c.get("upper").doubleValue());
            if (c.get("bound").isNull()) {
                assertClose(c.get("expected").doubleValue(), fitted, "concentration");
            } else {
                assertEquals(c.get("expected").doubleValue(), fitted, "concentration on the " + c.get("bound").asText() + " bound");
            }
            assertClose(c.get("logLikelihood").doubleValue(), DirichletMultinomial.logLikelihood(mean, counts, fitted),
                    "log-likelihood at the fit");
        });
    }

    @TestFactory
    Stream<DynamicTest> digammaDifferencesMatchMpmath() {
        return cases("digammaDifference").stream().map(c -> DynamicTest.dynamicTest("ψ(x + n) − ψ(x) at " + c, () -> {
            double expected = c.get("expected").doubleValue();
            double actual = DirichletMultinomial.digammaDifference(c.get("x").doubleValue(), c.get("n").doubleValue());
            assertEquals(expected, actual, 1e-11 * Math.abs(expected), "digamma difference");
        }));
    }

    @Test
    void customersWithOneEngagementDoNotMoveTheFit() {
        JsonNode week = cases("fits").get(0);
        double[] mean = doubles(week.get("mean"));
        double[][] counts = counts(week);
        double[][] withSingles = Arrays.copyOf(counts, counts.length + 500);
        double constant = 0;
        for (int i = counts.length; i < withSingles.length; i++) {
            int hour = (i * 37) % mean.length;
            withSingles[i] = new double[mean.length];
            withSingles[i][hour] = 1;
            constant += Math.log(mean[hour]);
        }
        assertEquals(DirichletMultinomial.fitConcentration(mean, counts, 0.01, 1e4),
                DirichletMultinomial.fitConcentration(mean, withSingles, 0.01, 1e4));
        for (double concentration : new double[] {0.05, 3, 400}) {
            double added = DirichletMultinomial.logLikelihood(mean, withSingles, concentration)
                    - DirichletMultinomial.logLikelihood(mean, counts, concentration);
            assertEquals(constant, added, 1e-9 * Math.abs(constant), "their likelihood is Σ ln m_k at α = " + concentration);
        }
    }

    @Test
    void aSingleDecayedEngagementFavoursALargerConcentration() {
        double[] mean = {0.4, 0.3, 0.2, 0.1};
        double[][] dispersed = {{5, 0, 0, 0}, {0, 4, 0, 0}, {0, 0, 3, 1}, {6, 0, 0, 0}};
        double[][] withDecayed = Arrays.copyOf(dispersed, 5);
        withDecayed[4] = new double[] {0, 0.4, 0, 0};
        double without = DirichletMultinomial.fitConcentration(mean, dispersed, 0.001, 1e3);
        assertTrue(DirichletMultinomial.fitConcentration(mean, withDecayed, 0.001, 1e3) > without);
        assertNotEquals(DirichletMultinomial.logLikelihood(mean, new double[][] {{0, 0.4, 0, 0}}, 1),
                DirichletMultinomial.logLikelihood(mean, new double[][] {{0, 0.4, 0, 0}}, 10));
    }

    @Test
    void withoutInformativeCustomersTheFitIsTheUpperBound() {
        double[] mean = {0.5, 0.5};
        assertEquals(50, DirichletMultinomial.fitConcentration(mean, new double[0][], 0.1, 50));
        assertEquals(50, DirichletMultinomial.fitConcentration(mean, new double[][] {{0, 0}, {1, 0}, {0, 1}}, 0.1, 50));
        assertEquals(0, DirichletMultinomial.logLikelihood(mean, new double[][] {{0, 0}}, 2));
    }

    @Test
    void rejectsInvalidInput() {
        double[] mean = {0.25, 0.75};
        double[][] counts = {{1, 2}, {3, 0}};
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[] {0.25, 0.25}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[] {0, 1}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[] {Double.NaN, 1}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[0], new double[0][], 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, new double[][] {{1, 2, 3}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, new double[][] {null}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, new double[][] {{-1, 2}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, new double[][] {{Double.NaN, 2}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, new double[][] {{Double.POSITIVE_INFINITY, 2}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, counts, 0));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(mean, counts, Double.POSITIVE_INFINITY));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, counts, 0, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, counts, 10, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, counts, 10, 1));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, counts, 1, Double.POSITIVE_INFINITY));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, counts, Double.NaN, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(mean, new double[][] {{1, -2}}, 1, 10));
    }

    private static void assertInvalid(Executable call) {
        assertThrows(IllegalArgumentException.class, call);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }

    private static double[][] counts(JsonNode c) {
        int categories = c.get("mean").size();
        List<double[]> customers = new ArrayList<>();
        for (JsonNode customer : c.get("customers")) {
            double[] dense = new double[categories];
            JsonNode hours = customer.get("categories");
            for (int j = 0; j < hours.size(); j++) {
                dense[hours.get(j).intValue()] = customer.get("counts").get(j).doubleValue();
            }
            customers.add(dense);
        }
        return customers.toArray(new double[0][]);
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    private static List<JsonNode> cases(String section) {
        List<JsonNode> cases = new ArrayList<>();
        FIXTURE.get(section).forEach(cases::add);
        return cases;
    }

    private static Stream<DynamicTest> each(String section, Consumer<JsonNode> check) {
        return cases(section).stream()
                .map(c -> DynamicTest.dynamicTest(section + ": " + c.get("name").asText(), () -> check.accept(c)));
    }

    private static JsonNode load() {
        try (InputStream in = DirichletMultinomialReferenceTest.class.getResourceAsStream("/stats/dirichlet_multinomial.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
