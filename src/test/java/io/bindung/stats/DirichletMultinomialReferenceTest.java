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
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import static io.bindung.stats.Reference.doubles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DirichletMultinomial} against SciPy ({@code tools/sendtime_reference.py} writes
 * {@code stats/dirichlet_multinomial.json}): log-likelihoods (dirichlet_multinomial.logpmf, or the
 * formula with gammaln for fractional counts) and fitted concentrations (brentq on the digamma
 * derivative, checked by mpmath), to relative 1e-6, with one mean for all customers and with a mean per
 * customer; the digamma differences against mpmath to 1e-11.
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

    @Test
    void theFixtureCoversMeansPerCustomerInteriorFitsAndBothBounds() {
        List<JsonNode> fits = cases("perCustomerFits");
        assertTrue(cases("perCustomerLogLikelihood").size() >= 4);
        assertTrue(fits.stream().filter(c -> c.get("bound").isNull()).count() >= 2);
        assertTrue(fits.stream().anyMatch(c -> c.get("bound").asText().equals("upper")));
        assertTrue(fits.stream().anyMatch(c -> c.get("bound").asText().equals("lower")));
        assertTrue(fits.stream().anyMatch(c -> c.get("means").get(0).size() == 168 && c.get("customers").size() >= 300));
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
            assertFit(c, fitted, concentration -> DirichletMultinomial.logLikelihood(mean, counts, concentration));
        });
    }

    @TestFactory
    Stream<DynamicTest> logLikelihoodWithAMeanPerCustomerMatchesScipy() {
        return each("perCustomerLogLikelihood", c -> assertClose(c.get("expected").doubleValue(),
                DirichletMultinomial.logLikelihood(means(c), counts(c), c.get("concentration").doubleValue()), "log-likelihood"));
    }

    @TestFactory
    Stream<DynamicTest> fittedConcentrationWithAMeanPerCustomerMatchesScipy() {
        return each("perCustomerFits", c -> {
            double[][] means = means(c);
            double[][] counts = counts(c);
            double fitted = DirichletMultinomial.fitConcentration(means, counts, c.get("lower").doubleValue(),
                    c.get("upper").doubleValue());
            assertFit(c, fitted, concentration -> DirichletMultinomial.logLikelihood(means, counts, concentration));
        });
    }

    @TestFactory
    Stream<DynamicTest> theOneMeanGivesExactlyWhatItGivesRepeatedForEveryCustomer() {
        Stream<DynamicTest> likelihoods = each("logLikelihood", c -> {
            double[] mean = doubles(c.get("mean"));
            double[][] counts = counts(c);
            double concentration = c.get("concentration").doubleValue();
            assertEquals(DirichletMultinomial.logLikelihood(repeated(mean, counts.length), counts, concentration),
                    DirichletMultinomial.logLikelihood(mean, counts, concentration));
        });
        Stream<DynamicTest> fits = each("fits", c -> {
            double[] mean = doubles(c.get("mean"));
            double[][] counts = counts(c);
            double lower = c.get("lower").doubleValue();
            double upper = c.get("upper").doubleValue();
            assertEquals(DirichletMultinomial.fitConcentration(repeated(mean, counts.length), counts, lower, upper),
                    DirichletMultinomial.fitConcentration(mean, counts, lower, upper));
        });
        return Stream.concat(likelihoods, fits);
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
    void rejectsMeansThatDoNotFitTheCustomers() {
        double[][] counts = {{1, 2}, {3, 0}};
        double[] mean = {0.25, 0.75};
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, mean, mean}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, {0.2, 0.3, 0.5}}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, null}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, {}}, new double[][] {{1, 2}, {}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, {0.5, 0.6}}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, {0, 1}}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, {Double.NaN, 1}}, counts, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, mean}, new double[][] {{1, 2}, null}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, mean}, new double[][] {{1, 2}, {-1, 0}}, 1));
        assertInvalid(() -> DirichletMultinomial.logLikelihood(new double[][] {mean, mean}, counts, 0));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(new double[][] {mean}, counts, 1, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(new double[][] {mean, {0.2, 0.3, 0.5}}, counts, 1, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(new double[][] {mean, {0.5, 0.6}}, counts, 1, 10));
        assertInvalid(() -> DirichletMultinomial.fitConcentration(new double[][] {mean, mean}, counts, 10, 1));
        assertEquals(0, DirichletMultinomial.logLikelihood(new double[0][], new double[0][], 1));
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

    private static void assertFit(JsonNode c, double fitted, DoubleUnaryOperator logLikelihood) {
        if (c.get("bound").isNull()) {
            assertClose(c.get("expected").doubleValue(), fitted, "concentration");
        } else {
            assertEquals(c.get("expected").doubleValue(), fitted, "concentration on the " + c.get("bound").asText() + " bound");
        }
        assertClose(c.get("logLikelihood").doubleValue(), logLikelihood.applyAsDouble(fitted), "log-likelihood at the fit");
    }

    private static void assertInvalid(Executable call) {
        assertThrows(IllegalArgumentException.class, call);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), what);
    }

    /** Dense counts, one per category of the case's mean or of the customer's own. */
    private static double[][] counts(JsonNode c) {
        JsonNode customers = c.get("customers");
        double[][] counts = new double[customers.size()][];
        for (int i = 0; i < counts.length; i++) {
            int categories = c.has("mean") ? c.get("mean").size() : c.get("means").get(i).size();
            counts[i] = new double[categories];
            JsonNode hours = customers.get(i).get("categories");
            for (int j = 0; j < hours.size(); j++) {
                counts[i][hours.get(j).intValue()] = customers.get(i).get("counts").get(j).doubleValue();
            }
        }
        return counts;
    }

    private static double[][] means(JsonNode c) {
        double[][] means = new double[c.get("means").size()][];
        for (int i = 0; i < means.length; i++) {
            means[i] = doubles(c.get("means").get(i));
        }
        return means;
    }

    /** A copy of the mean for each customer. */
    private static double[][] repeated(double[] mean, int customers) {
        double[][] means = new double[customers][];
        for (int i = 0; i < customers; i++) {
            means[i] = mean.clone();
        }
        return means;
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
