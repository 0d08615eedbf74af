package io.bindung.stats;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.numbers.gamma.LogGamma;

import java.util.Arrays;
import java.util.Objects;

/**
 * The Dirichlet-multinomial (Pólya) model of customers' counts over K categories (Mosimann 1962, "On
 * the compound multinomial distribution, the multivariate β-distribution, and correlations among
 * proportions", <i>Biometrika</i> 49; Minka 2000, "Estimating a Dirichlet distribution"): customer i's
 * proportions are drawn from a Dirichlet prior with mean m (Σ_k m_k = 1) and concentration α, i.e.
 * parameters α_k = α·m_k, and their counts n_ik, with N_i = Σ_k n_ik, from a multinomial on those
 * proportions. The counts may be fractional (recency-decayed weights); the formulas are then used as
 * written, with lnΓ in place of log-factorials. For whole counts the log-likelihood is SciPy's
 * {@code scipy.stats.dirichlet_multinomial.logpmf} summed over the customers.
 *
 * <p>Pure and stateless, so safe to call from any thread.
 */
public final class DirichletMultinomial {
    private static final double MEAN_SUM_TOLERANCE = 1e-9;
    private static final double LOG_CONCENTRATION_ACCURACY = 1e-12;
    private static final int MAX_EVALUATIONS = 200;

    private DirichletMultinomial() {
    }

    /**
     * The log-likelihood of the customers' counts under the prior with this mean and concentration:
     * L(α) = Σ_i [ lnΓ(N_i + 1) − Σ_k lnΓ(n_ik + 1) + lnΓ(α) − lnΓ(N_i + α) + Σ_k ( lnΓ(n_ik + α_k)
     * − lnΓ(α_k) ) ] with α_k = α·m_k (Minka 2000, with the multinomial coefficient). Zero
     * counts contribute nothing, and neither does a customer without any count.
     *
     * @param mean          the prior mean m, one positive entry per category, summing to 1
     * @param counts        counts[i][k], customer i's finite, non-negative count in category k
     * @param concentration α &gt; 0, finite
     * @throws IllegalArgumentException on a mean that is not positive or does not sum to 1, a customer
     *                                  whose counts are not one finite, non-negative value per
     *                                  category, or a concentration that is not positive and finite
     */
    public static double logLikelihood(double[] mean, double[][] counts, double concentration) {
        requireValid(mean, counts);
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("the concentration must be positive and finite");
        }
        double[] logGammaOfPrior = new double[mean.length];
        for (int k = 0; k < mean.length; k++) {
            logGammaOfPrior[k] = LogGamma.value(concentration * mean[k]);
        }
        double logGammaOfConcentration = LogGamma.value(concentration);
        double sum = 0;
        for (double[] customer : counts) {
            double total = 0;
            double categories = 0;
            for (int k = 0; k < customer.length; k++) {
                double n = customer[k];
                if (n == 0) {
                    continue;
                }
                total += n;
                categories += LogGamma.value(n + concentration * mean[k]) - logGammaOfPrior[k] - LogGamma.value(n + 1);
            }
            if (total == 0) {
                continue;
            }
            sum += LogGamma.value(total + 1) + logGammaOfConcentration - LogGamma.value(total + concentration) + categories;
        }
        return sum;
    }

    /**
     * The maximum-likelihood concentration α in [lower, upper] with the mean held fixed (empirical
     * Bayes). It solves dL/dα = Σ_i [ ψ(α) − ψ(N_i + α) + Σ_{k: n_ik &gt; 0} m_k ( ψ(n_ik + α_k) − ψ(α_k) ) ]
     * = 0 (Minka 2000, with the mean fixed) for ln α with Brent's method (commons-math3
     * {@link BrentSolver}, to 1e-12 in ln α). Each difference ψ(x + n) − ψ(x) is computed directly,
     * by the recurrence ψ(x + 1) = ψ(x) + 1/x up to x ≥ 10 and then the asymptotic series of ψ
     * (Abramowitz &amp; Stegun 6.3.18), which keeps it accurate when α is large and fast when α_k is
     * small.
     *
     * <p>A customer without counts, or with a single count of exactly 1, adds a constant to L (ln m_k
     * for that category) and is skipped; a single fractional count, such as one decayed engagement,
     * does depend on α and is kept. When dL/dα ≥ 0 at both bounds the answer is {@code upper} (the
     * customers look like the group; also the answer when no customer informs α), when ≤ 0 at both it
     * is {@code lower} (the customers are more dispersed than the bounds allow), and if it is
     * negative at {@code lower} and positive at {@code upper} the bound with the larger likelihood.
     *
     * <p>Counts below 1 weigh less than one engagement each and make customers look more alike than
     * whole counts would: on recency-decayed weights the fitted α is far larger (often the upper
     * bound) than on the engagements themselves.
     *
     * @param mean   the prior mean m, one positive entry per category, summing to 1
     * @param counts counts[i][k], customer i's finite, non-negative count in category k
     * @param lower  the smallest admissible α, &gt; 0
     * @param upper  the largest admissible α, finite and &gt; lower
     * @throws IllegalArgumentException on invalid mean or counts (see {@link #logLikelihood}) or bounds
     */
    public static double fitConcentration(double[] mean, double[][] counts, double lower, double upper) {
        requireValid(mean, counts);
        if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("the bounds need 0 < lower < upper < ∞");
        }
        SparseCounts customers = SparseCounts.informative(counts);
        double slopeAtLower = customers.slope(mean, lower);
        double slopeAtUpper = customers.slope(mean, upper);
        if (slopeAtLower >= 0 && slopeAtUpper >= 0) {
            return upper;
        }
        if (slopeAtLower <= 0 && slopeAtUpper <= 0) {
            return lower;
        }
        if (slopeAtLower < 0) {
            return logLikelihood(mean, counts, lower) >= logLikelihood(mean, counts, upper) ? lower : upper;
        }
        BrentSolver solver = new BrentSolver(0, LOG_CONCENTRATION_ACCURACY);
        double root = solver.solve(MAX_EVALUATIONS, logAlpha -> customers.slope(mean, Math.exp(logAlpha)),
                Math.log(lower), Math.log(upper));
        return Math.min(upper, Math.max(lower, Math.exp(root)));
    }

    private static void requireValid(double[] mean, double[][] counts) {
        Objects.requireNonNull(mean, "null mean");
        Objects.requireNonNull(counts, "null counts");
        if (mean.length == 0) {
            throw new IllegalArgumentException("the mean needs at least one category");
        }
        double sum = 0;
        for (double m : mean) {
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("every entry of the mean must be positive");
            }
            sum += m;
        }
        if (!(Math.abs(sum - 1) <= MEAN_SUM_TOLERANCE)) {
            throw new IllegalArgumentException("the mean must sum to 1, not " + sum);
        }
        for (int i = 0; i < counts.length; i++) {
            requireValidCustomer(counts[i], mean.length, i);
        }
    }

    private static void requireValidCustomer(double[] customer, int categories, int index) {
        if (customer == null || customer.length != categories) {
            throw new IllegalArgumentException("customer " + index + ": need one count per category of the mean");
        }
        for (double n : customer) {
            if (!(n >= 0) || Double.isInfinite(n)) {
                throw new IllegalArgumentException("customer " + index + ": counts must be finite and non-negative");
            }
        }
    }

    /**
     * ψ(x + n) − ψ(x) for x &gt; 0, n ≥ 0: ψ(x + 1) = ψ(x) + 1/x shifts x to at least 10, where
     * ψ(z) = ln z − 1/(2z) − Σ_j B_2j / (2j z^2j) through j = 7 is within 1e-16; relative error
     * below 1e-11, the worst when n ≪ x.
     */
    static double digammaDifference(double x, double n) {
        double sum = 0;
        double shifted = x;
        while (shifted < 10) {
            sum += n / (shifted * (shifted + n));
            shifted += 1;
        }
        double end = shifted + n;
        return sum + Math.log1p(n / shifted) + n / (2 * shifted * end) + series(shifted) - series(end);
    }

    /** Σ_j B_2j / (2j z^2j) for j = 1..7. */
    private static double series(double z) {
        double u = 1 / (z * z);
        return u * (1.0 / 12 - u * (1.0 / 120 - u * (1.0 / 252 - u * (1.0 / 240 - u * (1.0 / 132
                - u * (691.0 / 32760 - u / 12))))));
    }

    /** The customers that inform α, each as its non-zero categories, their counts and the total. */
    private record SparseCounts(int[][] categories, double[][] counts, double[] totals) {
        static SparseCounts informative(double[][] dense) {
            int[][] categories = new int[dense.length][];
            double[][] counts = new double[dense.length][];
            double[] totals = new double[dense.length];
            int kept = 0;
            for (double[] customer : dense) {
                int[] nonZero = nonZeroCategories(customer);
                if (nonZero.length == 0 || (nonZero.length == 1 && customer[nonZero[0]] == 1)) {
                    continue;
                }
                categories[kept] = nonZero;
                counts[kept] = new double[nonZero.length];
                for (int j = 0; j < nonZero.length; j++) {
                    counts[kept][j] = customer[nonZero[j]];
                    totals[kept] += counts[kept][j];
                }
                kept++;
            }
            return new SparseCounts(Arrays.copyOf(categories, kept), Arrays.copyOf(counts, kept),
                    Arrays.copyOf(totals, kept));
        }

        private static int[] nonZeroCategories(double[] customer) {
            int[] nonZero = new int[customer.length];
            int found = 0;
            for (int k = 0; k < customer.length; k++) {
                if (customer[k] != 0) {
                    nonZero[found++] = k;
                }
            }
            return Arrays.copyOf(nonZero, found);
        }

        /** α·dL/dα, which has the sign of dL/dα. */
        double slope(double[] mean, double alpha) {
            double[] prior = new double[mean.length];
            for (int k = 0; k < mean.length; k++) {
                prior[k] = alpha * mean[k];
            }
            double sum = 0;
            for (int i = 0; i < totals.length; i++) {
                double customer = -digammaDifference(alpha, totals[i]);
                int[] nonZero = categories[i];
                for (int j = 0; j < nonZero.length; j++) {
                    int k = nonZero[j];
                    customer += mean[k] * digammaDifference(prior[k], counts[i][j]);
                }
                sum += customer;
            }
            return alpha * sum;
        }
    }
}
