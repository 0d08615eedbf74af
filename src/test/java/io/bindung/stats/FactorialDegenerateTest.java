package io.bindung.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Degenerate factorial designs answer nulls with an explanation, never NaN, infinity or an exception. */
class FactorialDegenerateTest {
    private static final int[] TWO_BY_TWO = {2, 2};

    @Test
    void anEmptyCellLeavesNothingToTest() {
        FactorialAnalysis analysis = Factorial.analyse(TWO_BY_TWO,
                List.of(new Proportion(100, 10), new Proportion(100, 12), new Proportion(100, 9), new Proportion(0, 0)), 0.05);
        assertUntested(analysis);
        assertNull(analysis.meanSquaredError());
        assertTrue(analysis.mainEffects().isEmpty(), "no marginal means without every cell");
        assertEquals(List.of("Cell 3 (levels 1, 1) has no units yet; the factorial analysis needs data in every cell."),
                analysis.explanations());
        FactorialAnalysis nothingYet = Factorial.analyse(TWO_BY_TWO, List.of(new Mean(0, 0, 0), new Mean(0, 0, 0),
                new Mean(0, 0, 0), new Mean(0, 0, 0)), 0.05);
        assertUntested(nothingYet);
        assertEquals(0, nothingYet.residualDegreesOfFreedom());
        assertTrue(nothingYet.explanations().get(0).startsWith("4 cells have no units yet, the first cell 0 (levels 0, 0);"));
    }

    @Test
    void noVariationWithinCellsGivesMeansButNoTests() {
        FactorialAnalysis analysis = Factorial.analyse(TWO_BY_TWO,
                List.of(new Proportion(50, 50), new Proportion(40, 0), new Proportion(30, 30), new Proportion(20, 20)), 0.05);
        assertUntested(analysis);
        assertEquals(0.0, analysis.meanSquaredError());
        assertEquals(136, analysis.residualDegreesOfFreedom());
        assertEquals(List.of(1.0, 0.5), analysis.mainEffects().get(1).levelMeans());
        FactorialDifference size = analysis.mainEffects().get(1).differences().get(0);
        assertEquals(-0.5, size.difference().estimate());
        assertNull(size.difference().interval());
        assertTrue(analysis.explanations().get(0).contains("no residual variance"));
    }

    @Test
    void oneUnitPerCellHasNoResidualVariance() {
        FactorialAnalysis analysis = Factorial.analyse(new int[] {3},
                List.of(new Mean(1, 2, 4), new Mean(1, 3, 9), new Mean(1, 7, 49)), 0.05);
        assertUntested(analysis);
        assertEquals(0, analysis.residualDegreesOfFreedom());
        assertNull(analysis.meanSquaredError());
        assertEquals(List.of(2.0, 3.0, 7.0), analysis.mainEffects().get(0).levelMeans());
        assertEquals(5.0, analysis.mainEffects().get(0).differences().get(1).difference().estimate());
        assertTrue(analysis.explanations().get(0).contains("single unit"));
    }

    @Test
    void aRegularDesignHasEveryFigureAndASingleFactorTermIsTheOverallTest() {
        FactorialAnalysis analysis = Factorial.analyse(new int[] {3},
                List.of(new Mean(10, 20, 50), new Mean(12, 30, 90), new Mean(8, 12, 30)), 0.05);
        assertEquals(analysis.overall().statistic(), analysis.terms().get(0).statistic(), 1e-12);
        assertEquals(analysis.overall().pValue(), analysis.terms().get(0).pValue(), 1e-12);
        assertTrue(analysis.explanations().isEmpty());
    }

    @Test
    void hugeAndTinyCellsStayFinite() {
        List<Proportion> cells = new ArrayList<>();
        long[] sizes = {10_000_000, 1, 2, 10_000_000, 1, 5, 3, 10_000_000};
        for (int cell = 0; cell < sizes.length; cell++) {
            cells.add(new Proportion(sizes[cell], sizes[cell] / (cell + 2)));
        }
        FactorialAnalysis analysis = Factorial.analyse(new int[] {2, 2, 2}, cells, 0.05);
        assertNotNull(analysis.meanSquaredError());
        analysis.terms().forEach(term -> assertTrue(Double.isFinite(term.statistic()) && term.pValue() >= 0 && term.pValue() <= 1));
        analysis.mainEffects().forEach(effect -> effect.differences().forEach(
                difference -> assertNotNull(difference.difference().interval())));
    }

    @Test
    void invalidDesignsAreRejected() {
        List<Proportion> four = List.of(new Proportion(10, 1), new Proportion(10, 2), new Proportion(10, 3), new Proportion(10, 4));
        IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class, () -> Factorial.analyse(TWO_BY_TWO,
                List.of(new Ratio(10, 5, 5, 10, 10, 5), new Ratio(10, 5, 5, 10, 10, 5), new Ratio(10, 5, 5, 10, 10, 5),
                        new Ratio(10, 5, 5, 10, 10, 5)), 0.05));
        assertTrue(ratio.getMessage().contains("ratio"), ratio.getMessage());
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> Factorial.analyse(new int[] {2, 3}, four, 0.05));
        assertEquals("the levels make 6 cells, got 4", mismatch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Factorial.analyse(new int[] {1, 4}, four, 0.05), "a single level");
        assertThrows(IllegalArgumentException.class, () -> Factorial.analyse(new int[] {}, four, 0.05), "no factor");
        assertThrows(IllegalArgumentException.class, () -> Factorial.analyse(new int[] {2, 2, 2, 2, 2}, four, 0.05), "five factors");
        assertThrows(IllegalArgumentException.class, () -> Factorial.analyse(TWO_BY_TWO, four, 1.0), "alpha");
    }

    private static void assertUntested(FactorialAnalysis analysis) {
        assertNull(analysis.overall().statistic());
        assertNull(analysis.overall().pValue());
        analysis.terms().forEach(term -> assertNull(term.statistic(), "F of " + term.factors()));
        analysis.terms().forEach(term -> assertNull(term.pValue(), "p of " + term.factors()));
        analysis.mainEffects().forEach(effect -> effect.differences().forEach(difference -> {
            assertNull(difference.difference().interval());
            assertNull(difference.pValue());
        }));
        assertEquals(1, analysis.explanations().size());
    }
}
