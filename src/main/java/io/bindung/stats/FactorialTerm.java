package io.bindung.stats;

import java.util.List;

/**
 * The F test of one term of a {@link Factorial} analysis: a main effect, an interaction, or all cell
 * means at once (the overall test).
 *
 * @param factors                     the factors of the term, ascending indexes into the design's levels: one
 *                                    for a main effect, several for their interaction; every factor for the
 *                                    overall test, which covers all terms together
 * @param degreesOfFreedom            q = Π(Lⱼ − 1) over the term's factors; C − 1 for the overall test
 * @param denominatorDegreesOfFreedom the residual degrees of freedom N − C (0 when not positive)
 * @param statistic                   F; {@code null} when not defined (the analysis' explanations say why)
 * @param pValue                      P(F_{q, N−C} &gt; F); {@code null} exactly when {@code statistic} is
 */
public record FactorialTerm(List<Integer> factors, int degreesOfFreedom, long denominatorDegreesOfFreedom,
                            Double statistic, Double pValue) {
    public FactorialTerm {
        factors = List.copyOf(factors);
        if (factors.isEmpty() || degreesOfFreedom < 1 || denominatorDegreesOfFreedom < 0) {
            throw new IllegalArgumentException("need factors, degreesOfFreedom >= 1 and denominatorDegreesOfFreedom >= 0");
        }
        if ((statistic == null) != (pValue == null)) {
            throw new IllegalArgumentException("statistic and pValue are both defined or both null");
        }
        if (statistic != null && !(Double.isFinite(statistic) && statistic >= 0 && pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("need a finite F >= 0 and pValue in [0, 1], got " + statistic + ", " + pValue);
        }
    }

    /** The term without a test. */
    static FactorialTerm untested(List<Integer> factors, int degreesOfFreedom, long denominatorDegreesOfFreedom) {
        return new FactorialTerm(factors, degreesOfFreedom, denominatorDegreesOfFreedom, null, null);
    }
}
