package io.bindung.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Simulations with a fixed seed on correlated pre-period data: CUPED narrows the interval of the
 * difference by √(1 − ρ²), keeps the estimate unbiased, and keeps α in A/A tests.
 */
class CupedSimulationTest {
    private static final int UNITS = 2000;
    private static final double ALPHA = 0.05;

    @Test
    void cupedShrinksTheIntervalBySqrtOneMinusRhoSquared() {
        for (double rho : new double[] {0.5, 0.8}) {
            SplittableRandom random = new SplittableRandom(42);
            double plainWidth = 0;
            double cupedWidth = 0;
            double cupedEstimate = 0;
            int simulations = 300;
            for (int simulation = 0; simulation < simulations; simulation++) {
                double[][] control = arm(random, rho, 0);
                double[][] treatment = arm(random, rho, 0.1);
                Cuped cuped = Cuped.adjust(List.of(mean(control[0]), mean(treatment[0])), List.of(mean(control[1]), mean(treatment[1])),
                        new double[] {control[2][0], treatment[2][0]});
                plainWidth += width(WelchTest.compare(mean(control[0]), mean(treatment[0]), ALPHA));
                Comparison adjusted = WelchTest.compare(cuped.adjusted().get(0), cuped.adjusted().get(1), ALPHA);
                cupedWidth += width(adjusted);
                cupedEstimate += adjusted.absolute().estimate();
            }
            double expected = Math.sqrt(1 - rho * rho);
            double ratio = cupedWidth / plainWidth;
            System.out.printf("CUPED with rho %.1f: interval width ratio %.4f, expected %.4f%n", rho, ratio, expected);
            assertEquals(expected, ratio, 0.05 * expected, "rho " + rho);
            assertEquals(0.1, cupedEstimate / simulations, 0.01, "the adjusted difference keeps its expectation");
        }
    }

    @Test
    void cupedKeepsAlphaInAaTests() {
        SplittableRandom random = new SplittableRandom(7);
        int experiments = 2000;
        int falsePositives = 0;
        for (int experiment = 0; experiment < experiments; experiment++) {
            double[][] control = arm(random, 0.7, 0);
            double[][] treatment = arm(random, 0.7, 0);
            Cuped cuped = Cuped.adjust(List.of(mean(control[0]), mean(treatment[0])), List.of(mean(control[1]), mean(treatment[1])),
                    new double[] {control[2][0], treatment[2][0]});
            falsePositives += WelchTest.compare(cuped.adjusted().get(0), cuped.adjusted().get(1), ALPHA).pValue() < ALPHA ? 1 : 0;
        }
        double rate = (double) falsePositives / experiments;
        System.out.printf("CUPED A/A false-positive rate %.4f%n", rate);
        assertTrue(rate >= 0.035 && rate <= 0.065, "false-positive rate " + rate);
    }

    /**
     * One arm's sums: {Σy, Σy², n}, {Σx, Σx², n} and {Σxy}, with x ~ N(10, 2²) the pre-period value
     * and y = 5 + ρ·(x − 10) + √(1 − ρ²)·2·ε + lift, so corr(x, y) = ρ and sd(y) = 2.
     */
    private static double[][] arm(SplittableRandom random, double rho, double lift) {
        double sumY = 0;
        double sumYY = 0;
        double sumX = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (int unit = 0; unit < UNITS; unit++) {
            double x = 10 + 2 * gaussian(random);
            double y = 5 + rho * (x - 10) + Math.sqrt(1 - rho * rho) * 2 * gaussian(random) + lift;
            sumY += y;
            sumYY += y * y;
            sumX += x;
            sumXX += x * x;
            sumXY += x * y;
        }
        return new double[][] {{sumY, sumYY}, {sumX, sumXX}, {sumXY}};
    }

    private static Mean mean(double[] sums) {
        return new Mean(UNITS, sums[0], sums[1]);
    }

    private static double width(Comparison comparison) {
        return comparison.absolute().interval().upper() - comparison.absolute().interval().lower();
    }

    /** A standard normal draw (Box–Muller), so the test depends on nothing but the seed. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
