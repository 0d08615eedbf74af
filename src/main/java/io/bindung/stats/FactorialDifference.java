package io.bindung.stats;

import java.util.Objects;

/**
 * One level of a factor against its control level 0, on unweighted marginal means
 * ({@link FactorialEffect}).
 *
 * @param level      the level compared with level 0, from 1
 * @param difference marginal mean of {@code level} − marginal mean of level 0 with its interval;
 *                   the interval is {@code null} when there is no residual variance to build one
 * @param statistic  Student's t = difference/SE with N − C degrees of freedom; {@code null} when not defined
 * @param pValue     two-sided, 2·P(T_{N−C} &gt; |t|); {@code null} exactly when {@code statistic} is
 */
public record FactorialDifference(int level, Lift difference, Double statistic, Double pValue) {
    public FactorialDifference {
        Objects.requireNonNull(difference, "null difference");
        if (level < 1 || (statistic == null) != (pValue == null)) {
            throw new IllegalArgumentException("need level >= 1, and statistic and pValue both defined or both null");
        }
        if (statistic != null && !(Double.isFinite(statistic) && pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("need a finite t and pValue in [0, 1], got " + statistic + ", " + pValue);
        }
    }
}
