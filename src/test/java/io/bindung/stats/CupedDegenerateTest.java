package io.bindung.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CUPED on degenerate input: defined answers, never NaN, and the metric unchanged when the covariate cannot help. */
class CupedDegenerateTest {
    @Test
    void aConstantCovariateLeavesTheMetricAsItIs() {
        List<Mean> metrics = List.of(new Mean(3, 6, 14), new Mean(2, 3, 5));
        Cuped cuped = Cuped.adjust(metrics, List.of(new Mean(3, 3, 3), new Mean(2, 2, 2)), new double[] {6, 3});
        assertEquals(0, cuped.theta());
        assertEquals(0, cuped.correlation());
        assertEquals(0, cuped.varianceReduction());
        assertEquals(metrics.get(0).mean(), cuped.adjusted().get(0).mean(), 1e-12);
        assertEquals(metrics.get(0).variance(), cuped.adjusted().get(0).variance(), 1e-12);
    }

    @Test
    void emptyAndSingleUnitArmsStayDefined() {
        Cuped cuped = Cuped.adjust(List.of(new Mean(0, 0, 0), new Mean(1, 4, 16)), List.of(new Mean(0, 0, 0), new Mean(1, 2, 4)),
                new double[] {0, 8});
        assertEquals(0, cuped.adjusted().get(0).n());
        assertEquals(4, cuped.adjusted().get(1).mean(), 1e-12);
        assertEquals(0, cuped.adjusted().get(1).variance());
        assertEquals(0, cuped.theta());
    }

    @Test
    void aPerfectCovariateRemovesAllVariance() {
        Cuped cuped = Cuped.adjust(List.of(new Mean(3, 6, 14), new Mean(3, 9, 29)), List.of(new Mean(3, 6, 14), new Mean(3, 9, 29)),
                new double[] {14, 29});
        assertEquals(1, cuped.theta(), 1e-12);
        assertEquals(1, cuped.correlation(), 1e-12);
        assertEquals(1, cuped.varianceReduction(), 1e-12);
        assertEquals(0, cuped.adjusted().get(0).variance(), 1e-12);
    }

    @Test
    void theCovariateMustCoverTheSameUnits() {
        assertThrows(IllegalArgumentException.class, () -> Cuped.adjust(List.of(new Mean(3, 6, 14)), List.of(new Mean(2, 2, 2)),
                new double[] {4}));
        assertThrows(IllegalArgumentException.class, () -> Cuped.adjust(List.of(new Mean(3, 6, 14)), List.of(new Mean(3, 3, 3)),
                new double[] {Double.NaN}));
    }
}
