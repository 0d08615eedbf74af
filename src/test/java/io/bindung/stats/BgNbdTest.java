package io.bindung.stats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link BgNbd} on the CDNOW calibration data against the values published in lifetimes'
 * {@code tests/test_estimation.py} and against mpmath at 40 digits ({@code clv/reference.py}): the
 * exact maximum of the likelihood, found as the root of its analytic gradient, and eqs. 9 and 10
 * with mpmath's ₂F₁ at those parameters.
 */
class BgNbdTest {
    /** The maximum-likelihood estimates on CDNOW to 15 digits (mpmath findroot on the gradient). */
    static final BgNbd CDNOW = new BgNbd(0.242592907204466, 4.41353156120543, 0.792886148098769, 2.42575343649362);
    private static final double CDNOW_LOG_LIKELIHOOD = -9582.4255605673625;

    @Test
    void fitsCdnowAsLifetimesAndTheExactMaximum() {
        Columns data = Columns.read("cdnow_customers_summary.csv", 1, 2, 3);
        BgNbd.Fit fit = BgNbd.fit(data.get(0), data.get(1), data.get(2));
        BgNbd model = fit.model();
        assertEquals(0.243, model.r(), 0.005);
        assertEquals(4.414, model.alpha(), 0.005);
        assertEquals(0.793, model.a(), 0.005);
        assertEquals(2.426, model.b(), 0.005);
        assertRelative(CDNOW.r(), model.r(), 1e-5, "r");
        assertRelative(CDNOW.alpha(), model.alpha(), 1e-5, "α");
        assertRelative(CDNOW.a(), model.a(), 1e-5, "a");
        assertRelative(CDNOW.b(), model.b(), 1e-5, "b");
        assertEquals(CDNOW_LOG_LIKELIHOOD, fit.logLikelihood(), 1e-6);
        assertEquals(CDNOW_LOG_LIKELIHOOD, CDNOW.logLikelihood(data.get(0), data.get(1), data.get(2)), 1e-8);
        assertEquals(1.226, model.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 0.001);
        double[] published = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        double[] times = {0.1429, 1, 3, 31.8571, 32, 78};
        for (int i = 0; i < times.length; i++) {
            assertEquals(published[i], model.expectedPurchases(times[i]), 1.5e-3, "E[X(" + times[i] + ")]");
        }
    }

    @Test
    void expectedPurchasesMatchMpmath() {
        double[] times = {0.1429, 1, 3, 31.8571, 32, 78, 430, 445, 1e4, 1e6};
        double[] expected = {0.007816072064225389, 0.053184740776217538, 0.15063193018574203, 1.0404943070975067,
                1.0437372296840336, 1.8579717824279192, 4.5584306691495809, 4.6306797976359369, 15.055068252505098,
                53.521801205573139};
        for (int i = 0; i < times.length; i++) {
            assertRelative(expected[i], CDNOW.expectedPurchases(times[i]), 1e-9, "E[X(" + times[i] + ")]");
        }
        assertEquals(0, CDNOW.expectedPurchases(0));
    }

    @Test
    void conditionalExpectedPurchasesMatchMpmath() {
        assertRelative(1.2259104521226987, CDNOW.conditionalExpectedPurchases(39, 2, 30.43, 38.86), 1e-9, "t = 39");
        assertRelative(10.121210437524895, CDNOW.conditionalExpectedPurchases(1000, 2, 30.43, 38.86), 1e-9, "t = 1000");
        assertRelative(48.637485815849845, CDNOW.conditionalExpectedPurchases(1e5, 2, 30.43, 38.86), 1e-9, "t = 1e5");
        assertEquals(0, CDNOW.conditionalExpectedPurchases(0, 2, 30.43, 38.86));
    }

    @Test
    void otherParameterRegimesMatchMpmath() {
        record Case(BgNbd model, double[] expected, double conditional30, double conditional5000) {
        }
        List<Case> cases = List.of(
                new Case(new BgNbd(0.5, 2, 1, 3), new double[] {0.11958151434258256, 2.325249488736417, 17.11659312896454},
                        1.7479834921495875, 14.695048900215413),
                new Case(new BgNbd(0.5, 2, 3.5, 0.2), new double[] {0.10648494585149911, 0.73922112880996122, 1.0638940304621768},
                        0.19807376060906502, 0.2609010440508315),
                new Case(new BgNbd(0.3, 1, 0.4, 0.3), new double[] {0.12861644267458499, 1.7084319840547095, 65.310630923674909},
                        2.0432198578530414, 71.600402550461345),
                new Case(new BgNbd(2, 10, 5, 40), new double[] {0.099173846257886879, 3.0063903305864067, 10.996919707300408},
                        2.4250942342194204, 7.5251721964316777),
                new Case(new BgNbd(50, 0.5, 500, 3000), new double[] {7.0027845812164275, 7.0120240480961924, 7.0120240480961924},
                        1.7294655715282384e-10, 1.7295468598332778e-10),
                new Case(new BgNbd(0.5, 2, 0.002, 30), new double[] {0.12499844798335564, 4.9979587236666941, 2478.9971293580772},
                        4.7704477616133721, 791.24961309285331));
        double[] times = {0.5, 20, 1e4};
        for (Case c : cases) {
            BgNbd model = c.model();
            for (int i = 0; i < times.length; i++) {
                assertRelative(c.expected()[i], model.expectedPurchases(times[i]), 1e-9, model + " E[X(" + times[i] + ")]");
            }
            assertRelative(c.conditional30(), model.conditionalExpectedPurchases(30, 3, 12, 20), 1e-9, model + " t = 30");
            assertRelative(c.conditional5000(), model.conditionalExpectedPurchases(5000, 3, 12, 20), 1e-9, model + " t = 5000");
        }
    }

    @Test
    void expectedPurchasesAreContinuousWhereTheSeriesHandsOverToQuadrature() {
        double handover = 99 * CDNOW.alpha();
        double below = CDNOW.expectedPurchases(handover * (1 - 1e-12));
        double above = CDNOW.expectedPurchases(handover * (1 + 1e-12));
        assertRelative(below, above, 1e-11, "E[X(t)] across z = 0.99");
    }

    @Test
    void probabilityAliveMatchesPythonAndBehaves() {
        assertEquals(0.72660915155064752, CDNOW.probabilityAlive(2, 30.43, 38.86), 1e-9);
        assertEquals(0.024814990289804142, CDNOW.probabilityAlive(5, 10, 38.86), 1e-9);
        assertEquals(1, CDNOW.probabilityAlive(0, 0, 38.86));
        assertEquals(1, CDNOW.probabilityAlive(0, 0, 0));
        double previous = 0;
        for (double recency = 0; recency <= 38.86; recency += 2) {
            double alive = CDNOW.probabilityAlive(3, recency, 38.86);
            assertTrue(alive > previous, "P(alive) rises with the recency, at t_x = " + recency);
            previous = alive;
        }
        assertTrue(CDNOW.probabilityAlive(3, 38.86, 38.86) < 1);
        assertEquals(0, CDNOW.probabilityAlive(1_000, 0.1, 1e6));
    }

    @Test
    void rejectsInvalidCustomersAndData() {
        double[] one = {1};
        double[] zeros = {0, 0};
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(new double[0], new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(one, one, new double[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(zeros, zeros, new double[] {5, 9}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(new double[] {0, 1}, zeros, zeros));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(new double[] {1.5}, one, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(new double[] {-1}, one, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(one, new double[] {3}, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(new double[] {0}, one, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(one, new double[] {Double.NaN}, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> BgNbd.fit(one, one, new double[] {Double.POSITIVE_INFINITY}));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.probabilityAlive(2, 5, 4));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.expectedPurchases(-1));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.expectedPurchases(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CDNOW.conditionalExpectedPurchases(Double.POSITIVE_INFINITY, 1, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new BgNbd(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BgNbd(1, Double.NaN, 1, 1));
    }

    @Test
    void dataThatDoNotDetermineTheModelStillGiveAFiniteFit() {
        BgNbd.Fit nobodyLeft = BgNbd.fit(new double[] {1, 2, 3, 4}, new double[] {10, 10, 10, 10}, new double[] {10, 10, 10, 10});
        BgNbd.Fit single = BgNbd.fit(new double[] {1}, new double[] {3}, new double[] {7});
        for (BgNbd.Fit fit : List.of(nobodyLeft, single)) {
            assertTrue(Double.isFinite(fit.logLikelihood()), fit.toString());
            double purchases = fit.model().conditionalExpectedPurchases(52, 2, 5, 10);
            assertTrue(Double.isFinite(purchases) && purchases >= 0, fit.toString());
        }
        assertTrue(nobodyLeft.model().probabilityAlive(4, 10, 10) > 0.99, "nobody appears to have left: " + nobodyLeft);
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    /** Columns of a CSV file in {@code src/test/resources/clv}, header skipped. */
    record Columns(List<double[]> columns) {
        static Columns read(String file, int... indices) {
            try (InputStream in = BgNbdTest.class.getResourceAsStream("/clv/" + file)) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
                List<double[]> columns = new java.util.ArrayList<>();
                for (int index : indices) {
                    columns.add(lines.stream().mapToDouble(line -> Double.parseDouble(line.split(",")[index])).toArray());
                }
                return new Columns(columns);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double[] get(int i) {
            return columns.get(i);
        }
    }
}
