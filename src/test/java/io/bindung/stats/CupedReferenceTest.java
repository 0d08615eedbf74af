package io.bindung.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.bindung.stats.Reference.assertClose;

/**
 * {@link Cuped} against NumPy/SciPy on raw per-unit data: θ, correlation, variance reduction, the
 * adjusted means and variances, and Welch's test of the adjusted values (SciPy's ttest_ind with its
 * confidence interval) for every arm against the first.
 */
class CupedReferenceTest {
    @TestFactory
    Stream<DynamicTest> matchesScipyOnRawData() {
        return Reference.cases("cuped").stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
    }

    private static void check(JsonNode c) {
        List<Mean> metrics = new ArrayList<>();
        List<Mean> covariates = new ArrayList<>();
        double[] products = new double[c.get("arms").size()];
        for (int i = 0; i < products.length; i++) {
            JsonNode arm = c.get("arms").get(i);
            long n = arm.get("n").longValue();
            metrics.add(new Mean(n, arm.get("sum").doubleValue(), arm.get("sumSquares").doubleValue()));
            covariates.add(new Mean(n, arm.get("covariateSum").doubleValue(), arm.get("covariateSumSquares").doubleValue()));
            products[i] = arm.get("sumProducts").doubleValue();
        }
        Cuped cuped = Cuped.adjust(metrics, covariates, products);
        JsonNode expected = c.get("expected");
        assertClose(expected.get("theta").doubleValue(), cuped.theta(), "theta");
        assertClose(expected.get("correlation").doubleValue(), cuped.correlation(), "correlation");
        assertClose(expected.get("varianceReduction").doubleValue(), cuped.varianceReduction(), "variance reduction");
        double alpha = c.get("alpha").doubleValue();
        for (int i = 0; i < products.length; i++) {
            assertClose(expected.at("/means/" + i).doubleValue(), cuped.adjusted().get(i).mean(), "adjusted mean " + i);
            assertClose(expected.at("/variances/" + i).doubleValue(), cuped.adjusted().get(i).variance(), "adjusted variance " + i);
            if (i == 0) {
                continue;
            }
            Comparison comparison = WelchTest.compare(cuped.adjusted().get(0), cuped.adjusted().get(i), alpha);
            JsonNode figures = expected.at("/comparisons/" + (i - 1));
            assertClose(figures.get("estimate").doubleValue(), comparison.absolute().estimate(), "difference " + i);
            assertClose(figures.get("lower").doubleValue(), comparison.absolute().interval().lower(), "lower " + i);
            assertClose(figures.get("upper").doubleValue(), comparison.absolute().interval().upper(), "upper " + i);
            assertClose(figures.get("statistic").doubleValue(), comparison.statistic(), "t " + i);
            assertClose(figures.get("degreesOfFreedom").doubleValue(), comparison.degreesOfFreedom(), "df " + i);
            assertClose(figures.get("pValue").doubleValue(), comparison.pValue(), "p " + i);
        }
    }
}
