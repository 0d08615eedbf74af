package io.bindung.stats;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Factorial (multivariate) experiments: 1 to {@value #MAX_FACTORS} factors with L₁, L₂, … levels,
 * every combination of levels a cell, level 0 of every factor its control. The analysis is the
 * fixed-effects ANOVA of the cell-means model from each cell's sufficient statistics alone, with Type III
 * tests on sum-to-zero contrasts (Speed, Hocking &amp; Hackney 1978, <i>JASA</i> 73:105–112; Searle,
 * <i>Linear Models for Unbalanced Data</i>, 1987), the figures of R's {@code car::Anova(type = 3)} with
 * {@code contr.sum} and of statsmodels' {@code anova_lm(typ = 3)} with {@code Sum} coding. With C cells,
 * n_c units in cell c and N = Σn_c:
 * <ul>
 * <li>cell means m_c = Σx/n_c and the pooled residual mean square MSE = Σ_c (Σx² − (Σx)²/n_c)/(N − C);
 * a conversion is x = 1, so Σx = Σx² = conversions;</li>
 * <li>a term's F = (Km)ᵀ[K·D·Kᵀ]⁻¹(Km)/q/MSE with D = diag(1/n_c) and q = Π(Lⱼ − 1) over its factors;
 * K is the Kronecker product over all factors of the rows e_j − e_0 (j ≥ 1) for a factor in the term
 * and of the averaging row (1/L, …, 1/L) for any other; p = P(F_{q, N−C} &gt; F). Any basis of the
 * sum-to-zero contrasts gives the same F, the Type III F on effect coding;</li>
 * <li>the overall test, all cell means equal (one-way ANOVA across cells):
 * F = [Σn_c(m_c − m̄)²/(C − 1)]/MSE with m̄ = Σx/N, p = P(F_{C−1, N−C} &gt; F);</li>
 * <li>main effects on unweighted marginal means, a level's mean being the average of the cell means
 * over all level combinations of the other factors; the difference of level j from level 0 is
 * d = Σw_c·m_c with SE = √(MSE·Σw_c²/n_c), interval d ± t(1 − α/2, N − C)·SE, t = d/SE and
 * p = 2·P(T_{N−C} &gt; |t|).</li>
 * </ul>
 * A cell without units leaves nothing to test and no main effects; with N − C ≤ 0 (one unit per cell)
 * or no variation within any cell (MSE = 0) every statistic, p-value and interval is {@code null}. The
 * explanations say why.
 */
public final class Factorial {
    /** The most factors a design may have. */
    public static final int MAX_FACTORS = 4;

    private Factorial() {
    }

    /**
     * Analyses a full factorial experiment at significance level α (e.g. 0.05).
     *
     * @param levels the number of levels of each factor, each at least 2
     * @param cells  each cell's statistics, {@link Proportion} or {@link Mean}, in row-major order with
     *               the first factor varying slowest: for factors color[red, blue] × size[s, m, l] the
     *               cells red|s, red|m, red|l, blue|s, blue|m, blue|l
     * @throws IllegalArgumentException with no or more than {@value #MAX_FACTORS} factors, a factor of
     *                                  fewer than 2 levels, a cell count other than the product of the
     *                                  levels, a {@link Ratio} cell, or α outside (0, 1)
     */
    public static FactorialAnalysis analyse(int[] levels, List<? extends Sample> cells, double alpha) {
        Alpha.check(alpha);
        Objects.requireNonNull(cells, "null cells");
        FactorialDesign design = new FactorialDesign(levels, cells.size());
        long[] sizes = new long[design.cells()];
        double[] means = new double[design.cells()];
        double within = 0;
        long total = 0;
        double sum = 0;
        List<Integer> empty = new ArrayList<>();
        for (int cell = 0; cell < design.cells(); cell++) {
            Sample sample = Objects.requireNonNull(cells.get(cell), "null cell " + cell);
            within += withinSumOfSquares(sample, cell);
            sizes[cell] = sample.n();
            means[cell] = sample.mean();
            total += sample.n();
            sum += sample.mean() * sample.n();
            if (sample.n() == 0) {
                empty.add(cell);
            }
        }
        long residualDf = total - design.cells();
        if (!empty.isEmpty()) {
            return untested(design, Math.max(0, residualDf), null, List.of(), emptyCells(design, empty));
        }
        if (residualDf <= 0) {
            return untested(design, 0, null, mainEffects(design, means, sizes, null, 0, alpha),
                    "Every cell has a single unit, so there is no variation within cells to test against.");
        }
        double mse = within / residualDf;
        if (!(mse > 0)) {
            return untested(design, residualDf, 0.0, mainEffects(design, means, sizes, null, residualDf, alpha),
                    "No cell varies within itself (each has a single value, e.g. all or no units converted), "
                            + "so there is no residual variance and the F and t tests are undefined.");
        }
        List<FactorialTerm> terms = new ArrayList<>();
        for (List<Integer> term : design.terms()) {
            double statistic = quadraticForm(design.contrast(term), means, sizes) / design.degreesOfFreedom(term) / mse;
            terms.add(fTest(term, design.degreesOfFreedom(term), residualDf, statistic));
        }
        FactorialTerm overall = fTest(design.allFactors(), design.cells() - 1, residualDf,
                betweenCells(means, sizes, sum / total) / (design.cells() - 1) / mse);
        List<FactorialEffect> effects = mainEffects(design, means, sizes, mse, residualDf, alpha);
        return new FactorialAnalysis(terms, overall, effects, residualDf, mse, tooLarge(terms, overall, effects));
    }

    private static double withinSumOfSquares(Sample cell, int index) {
        if (cell.n() == 0) {
            return 0;
        }
        if (cell instanceof Proportion proportion) {
            return (double) proportion.conversions() * (proportion.n() - proportion.conversions()) / proportion.n();
        }
        if (cell instanceof Mean mean) {
            return Math.max(0, mean.sumSquares() - mean.sum() * mean.sum() / mean.n());
        }
        throw new IllegalArgumentException("cell " + index + " is a ratio metric; the factorial analysis supports "
                + "conversions (Proportion) and means (Mean) only");
    }

    /** (Km)ᵀ[K·D·Kᵀ]⁻¹(Km), solved by QR without a singularity threshold (K·D·Kᵀ is positive definite). */
    private static double quadraticForm(double[][] contrast, double[] means, long[] sizes) {
        RealMatrix k = MatrixUtils.createRealMatrix(contrast);
        RealVector estimates = k.operate(new ArrayRealVector(means, false));
        double[] inverseSizes = new double[sizes.length];
        for (int cell = 0; cell < sizes.length; cell++) {
            inverseSizes[cell] = 1.0 / sizes[cell];
        }
        RealMatrix covariance = k.multiply(MatrixUtils.createRealDiagonalMatrix(inverseSizes)).multiply(k.transpose());
        return estimates.dotProduct(new QRDecomposition(covariance).getSolver().solve(estimates));
    }

    private static double betweenCells(double[] means, long[] sizes, double grandMean) {
        double between = 0;
        for (int cell = 0; cell < means.length; cell++) {
            between += sizes[cell] * (means[cell] - grandMean) * (means[cell] - grandMean);
        }
        return between;
    }

    private static FactorialTerm fTest(List<Integer> factors, int df, long residualDf, double statistic) {
        if (!Double.isFinite(statistic)) {
            return FactorialTerm.untested(factors, df, residualDf);
        }
        return new FactorialTerm(factors, df, residualDf, statistic, Distributions.fSurvival(statistic, df, residualDf));
    }

    private static List<FactorialEffect> mainEffects(FactorialDesign design, double[] means, long[] sizes, Double mse,
                                                     long residualDf, double alpha) {
        List<FactorialEffect> effects = new ArrayList<>();
        for (int factor = 0; factor < design.factors(); factor++) {
            List<Double> levelMeans = new ArrayList<>();
            List<FactorialDifference> differences = new ArrayList<>();
            for (int level = 0; level < design.levels(factor); level++) {
                levelMeans.add(marginalMean(design, means, factor, level));
            }
            for (int level = 1; level < design.levels(factor); level++) {
                differences.add(difference(level, design.marginalDifference(factor, level), means, sizes, mse, residualDf, alpha));
            }
            effects.add(new FactorialEffect(factor, levelMeans, differences));
        }
        return effects;
    }

    private static double marginalMean(FactorialDesign design, double[] means, int factor, int level) {
        double sum = 0;
        for (int cell = 0; cell < design.cells(); cell++) {
            if (design.level(cell, factor) == level) {
                sum += means[cell];
            }
        }
        return sum * design.levels(factor) / design.cells();
    }

    private static FactorialDifference difference(int level, double[] weights, double[] means, long[] sizes, Double mse,
                                                  long residualDf, double alpha) {
        double estimate = 0;
        double variance = 0;
        for (int cell = 0; cell < weights.length; cell++) {
            estimate += weights[cell] * means[cell];
            variance += weights[cell] * weights[cell] / sizes[cell];
        }
        double standardError = mse == null ? 0 : Math.sqrt(mse * variance);
        double t = estimate / standardError;
        if (!(standardError > 0) || !Double.isFinite(t)) {
            return new FactorialDifference(level, new Lift(estimate, null), null, null);
        }
        Interval interval = Interval.around(estimate, Distributions.tQuantile(1 - alpha / 2, residualDf) * standardError);
        return new FactorialDifference(level, new Lift(estimate, interval), t, Distributions.tTwoSided(t, residualDf));
    }

    private static FactorialAnalysis untested(FactorialDesign design, long residualDf, Double mse,
                                              List<FactorialEffect> effects, String explanation) {
        List<FactorialTerm> terms = new ArrayList<>();
        for (List<Integer> term : design.terms()) {
            terms.add(FactorialTerm.untested(term, design.degreesOfFreedom(term), residualDf));
        }
        FactorialTerm overall = FactorialTerm.untested(design.allFactors(), design.cells() - 1, residualDf);
        return new FactorialAnalysis(terms, overall, effects, residualDf, mse, List.of(explanation));
    }

    private static String emptyCells(FactorialDesign design, List<Integer> empty) {
        int first = empty.get(0);
        StringBuilder cellLevels = new StringBuilder();
        for (int factor = 0; factor < design.factors(); factor++) {
            cellLevels.append(factor == 0 ? "" : ", ").append(design.level(first, factor));
        }
        String cell = first + " (levels " + cellLevels + ")";
        if (empty.size() == 1) {
            return "Cell " + cell + " has no units yet; the factorial analysis needs data in every cell.";
        }
        return empty.size() + " cells have no units yet, the first cell " + cell
                + "; the factorial analysis needs data in every cell.";
    }

    private static List<String> tooLarge(List<FactorialTerm> terms, FactorialTerm overall, List<FactorialEffect> effects) {
        boolean missing = overall.statistic() == null || terms.stream().anyMatch(term -> term.statistic() == null)
                || effects.stream().flatMap(effect -> effect.differences().stream()).anyMatch(d -> d.statistic() == null);
        if (!missing) {
            return List.of();
        }
        return List.of("The variation within cells is so close to 0 that some statistics are too large to represent; "
                + "they and their p-values are left out.");
    }
}
