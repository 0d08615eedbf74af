package io.bindung.stats;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GammaGamma} on the CDNOW customers with repeat purchases against lifetimes'
 * {@code tests/test_estimation.py} (from Hardie's spreadsheet) and the exact maximum of the
 * likelihood (mpmath, {@code clv/reference.py}); {@link Clv} against lifetimes'
 * {@code customer_lifetime_value} formula evaluated by mpmath.
 */
class GammaGammaTest {
    /** The maximum-likelihood estimates on CDNOW to 15 digits (mpmath findroot on the gradient). */
    private static final GammaGamma CDNOW = new GammaGamma(6.2488024897091, 3.74458845328747, 15.4477480094637);
    private static final double CDNOW_LOG_LIKELIHOOD = -4055.9232435028643;

    @Test
    void fitsCdnowAsLifetimesAndTheExactMaximum() {
        BgNbdTest.Columns data = BgNbdTest.Columns.read("cdnow_customers_summary_with_transactions.csv", 1, 4);
        int[] repeat = IntStream.range(0, data.get(0).length).filter(i -> data.get(0)[i] > 0).toArray();
        double[] frequency = Arrays.stream(repeat).mapToDouble(i -> data.get(0)[i]).toArray();
        double[] meanSpend = Arrays.stream(repeat).mapToDouble(i -> data.get(1)[i]).toArray();
        assertEquals(946, frequency.length);
        GammaGamma.Fit fit = GammaGamma.fit(frequency, meanSpend);
        GammaGamma model = fit.model();
        assertEquals(6.25, model.p(), 0.005);
        assertEquals(3.74, model.q(), 0.005);
        assertEquals(15.44, model.v(), 0.01);
        assertEquals(CDNOW.p(), model.p(), 1e-5 * CDNOW.p());
        assertEquals(CDNOW.q(), model.q(), 1e-5 * CDNOW.q());
        assertEquals(CDNOW.v(), model.v(), 1e-5 * CDNOW.v());
        assertEquals(CDNOW_LOG_LIKELIHOOD, fit.logLikelihood(), 1e-6);
        assertEquals(CDNOW_LOG_LIKELIHOOD, CDNOW.logLikelihood(frequency, meanSpend), 1e-8);
    }

    @Test
    void conditionalExpectedAverageSpendAsHardiesSpreadsheet() {
        BgNbdTest.Columns data = BgNbdTest.Columns.read("cdnow_customers_summary_with_transactions.csv", 1, 4);
        GammaGamma published = new GammaGamma(6.25, 3.74, 15.44);
        double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < expected.length; i++) {
            double spend = published.conditionalExpectedAverageSpend(data.get(0)[i], data.get(1)[i]);
            assertEquals(expected[i], spend, 0.1, "customer " + (i + 1));
        }
        double populationMean = 15.44 * 6.25 / (3.74 - 1);
        assertEquals(populationMean, published.conditionalExpectedAverageSpend(0, 0), 1e-12);
        double weight = 6.25 * 2 / (6.25 * 2 + 3.74 - 1);
        assertEquals((1 - weight) * populationMean + weight * 22.35, published.conditionalExpectedAverageSpend(2, 22.35), 1e-12);
    }

    @Test
    void withoutAPopulationMeanTheSpendFallsBackAsDocumented() {
        GammaGamma heavyTailed = new GammaGamma(2, 0.5, 10);
        assertEquals(2 * (10 + 3 * 20) / (2 * 3 + 0.5 - 1), heavyTailed.conditionalExpectedAverageSpend(3, 20), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> heavyTailed.conditionalExpectedAverageSpend(0, 0));
        GammaGamma veryHeavyTailed = new GammaGamma(0.1, 0.5, 10);
        assertEquals(20, veryHeavyTailed.conditionalExpectedAverageSpend(3, 20));
    }

    @Test
    void rejectsInvalidCustomersAndData() {
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[] {1, 2}, new double[] {3}));
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[] {0, 2}, new double[] {0, 3}));
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[] {1.5}, new double[] {3}));
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[] {1}, new double[] {-3}));
        assertThrows(IllegalArgumentException.class, () -> GammaGamma.fit(new double[] {1}, new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.conditionalExpectedAverageSpend(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.conditionalExpectedAverageSpend(1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new GammaGamma(1, 0, 1));
    }

    @Test
    void identicalSpendsGiveAFiniteFitThatTrustsEachCustomer() {
        GammaGamma.Fit fit = GammaGamma.fit(new double[] {1, 2, 3, 4}, new double[] {25, 25, 25, 25});
        assertTrue(Double.isFinite(fit.logLikelihood()), fit.toString());
        assertEquals(25, fit.model().conditionalExpectedAverageSpend(2, 25), 0.01, fit.toString());
        GammaGamma.Fit single = GammaGamma.fit(new double[] {3}, new double[] {40});
        assertTrue(Double.isFinite(single.logLikelihood()), single.toString());
        assertTrue(Double.isFinite(single.model().conditionalExpectedAverageSpend(0, 0)), single.toString());
    }

    @Test
    void lifetimeValueAsLifetimesDiscountsIt() {
        BgNbd purchases = BgNbdTest.CDNOW;
        double month = 4.345;
        assertEquals(24.658616174326706, CDNOW.conditionalExpectedAverageSpend(2, 22.35), 1e-10);
        double undiscounted = Clv.value(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 12 * month);
        assertEquals(38.517178791713111, undiscounted, 1e-8);
        assertEquals(36.278496492874042, Clv.discountedValue(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 12 * month, month, 0.01),
                1e-8);
        assertEquals(undiscounted, Clv.discountedValue(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 12 * month, month, 0), 1e-10);
        assertEquals(undiscounted, Clv.discountedValue(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 12 * month, 5, 0), 1e-10);
        assertEquals(0, Clv.value(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 0));
        assertEquals(0, Clv.discountedValue(purchases, CDNOW, 2, 30.43, 38.86, 22.35, 0, month, 0.01));
        double newCustomer = Clv.value(purchases, CDNOW, 0, 0, 0, 0, 52);
        assertEquals(purchases.expectedPurchases(52) * CDNOW.conditionalExpectedAverageSpend(0, 0), newCustomer, 1e-10);
    }

    @Test
    void lifetimeValueRejectsInvalidDiscounting() {
        BgNbd purchases = BgNbdTest.CDNOW;
        assertThrows(IllegalArgumentException.class, () -> Clv.discountedValue(purchases, CDNOW, 2, 30, 38, 22, 52, 0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> Clv.discountedValue(purchases, CDNOW, 2, 30, 38, 22, 52, 4, -0.5));
        assertThrows(IllegalArgumentException.class, () -> Clv.discountedValue(purchases, CDNOW, 2, 30, 38, 22, 1e9, 1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> Clv.discountedValue(purchases, CDNOW, 2, 40, 38, 22, 52, 4, 0.01));
        assertThrows(IllegalArgumentException.class, () -> Clv.value(purchases, CDNOW, 2, 30, 38, 22, -1));
    }
}
