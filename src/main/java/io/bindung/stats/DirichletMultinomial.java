package io.bindung.stats;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.numbers.gamma.LogGamma;

import java.util.Arrays;
import java.util.Objects;

/**
 * The Dirichlet-multinomial (Pólya) model of customers' counts over K categories (Mosimann 1962, "On
 * the compound multinomial distribution, the multivariate β-distribution, and correlations among
 * proportions", <i>Biometrika</i> 49; Minka 2000, "Estimating a Dirichlet distribution"): customer i's
 * proportions are drawn from a Dirichlet prior with mean m_i (Σ_k m_ik = 1) and concentration α, i.e.
 * parameters α_ik = α·m_ik, and their counts n_ik, with N_i = Σ_k n_ik, from a multinomial on those
 * proportions. The mean is either one for all customers or one per customer (such as each customer's
 * own rhythm mixed with the group's); α is shared. The counts may be fractional (recency-decayed
 * weights); the formulas are then used as written, with lnΓ in place of log-factorials. For whole
 * counts the log-likelihood is SciPy's {@code scipy.stats.dirichlet_multinomial.logpmf} summed over
 * the customers.
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
     * The log-likelihood of the customers' counts under one prior mean for all of them:
     * {@link #logLikelihood(double[][], double[][], double)} with m_i = m for every customer.
     *
     * @param mean          the prior mean m, one positive entry per category, summing to 1
     * @param counts        counts[i][k], customer i's finite, non-negative count in category k
     * @param concentration α &gt; 0, finite
     * @throws IllegalArgumentException on a mean that is not positive or does not sum to 1, a customer
     *                                  whose counts are not one finite, non-negative value per
     *                                  category, or a concentration that is not positive and finite
     */
    public static double logLikelihood(double[] mean, double[][] counts, double concentration) {
        return logLikelihood(sharedBy(mean, counts), counts, concentration);
    }

    /**
     * The log-likelihood of the customers' counts, customer i's under the prior Dirichlet(α·m_i):
     * L(α) = Σ_i [ lnΓ(N_i + 1) − Σ_k lnΓ(n_ik + 1) + lnΓ(α) − lnΓ(N_i + α) + Σ_k ( lnΓ(n_ik + α m_ik)
     * − lnΓ(α m_ik) ) ] (Minka 2000, with the multinomial coefficient). Zero counts contribute
     * nothing, and neither does a customer without any count.
     *
     * @param means         means[i], customer i's prior mean m_i: one positive entry per category,
     *                      summing to 1; customers may share one array
     * @param counts        counts[i][k], customer i's finite, non-negative count in category k, one per
     *                      entry of means[i]
     * @param concentration α &gt; 0, finite
     * @throws IllegalArgumentException on a mean per customer that is missing, not positive or does not
     *                                  sum to 1, counts that are not one finite, non-negative value
     *                                  per category of the customer's mean, or a concentration that is
     *                                  not positive and finite
     */
    public static double logLikelihood(double[][] means, double[][] counts, double concentration) {
        requireValid(means, counts);
        if (!(concentration > 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException("the concentration must be positive and finite");
        }
        return Customers.withCounts(means, counts).logLikelihood(concentration);
    }

    /**
     * The maximum-likelihood concentration α in [lower, upper] with one prior mean for all customers:
     * {@link #fitConcentration(double[][], double[][], double, double)} with m_i = m for every customer.
     *
     * @param mean   the prior mean m, one positive entry per category, summing to 1
     * @param counts counts[i][k], customer i's finite, non-negative count in category k
     * @param lower  the smallest admissible α, &gt; 0
     * @param upper  the largest admissible α, finite and &gt; lower
     * @throws IllegalArgumentException on invalid mean or counts (see
     *                                  {@link #logLikelihood(double[], double[][], double)}) or bounds
     */
    public static double fitConcentration(double[] mean, double[][] counts, double lower, double upper) {
        return fitConcentration(sharedBy(mean, counts), counts, lower, upper);
    }

    /**
     * The maximum-likelihood concentration α in [lower, upper] with each customer's mean held fixed
     * (empirical Bayes). It solves dL/dα = Σ_i [ ψ(α) − ψ(N_i + α) + Σ_{k: n_ik &gt; 0} m_ik ( ψ(n_ik
     * + α m_ik) − ψ(α m_ik) ) ] = 0 (Minka 2000, with the means fixed) for ln α with Brent's method
     * (commons-math3 {@link BrentSolver}, to 1e-12 in ln α). Each difference ψ(x + n) − ψ(x) is
     * computed directly, by the recurrence ψ(x + 1) = ψ(x) + 1/x up to x ≥ 10 and then the asymptotic
     * series of ψ (Abramowitz &amp; Stegun 6.3.18), which keeps it accurate when α is large and fast
     * when α m_ik is small. Only the categories a customer has counts in are visited.
     *
     * <p>A customer without counts, or with a single count of exactly 1, adds a constant to L (ln m_ik
     * for that category) and is skipped; a single fractional count, such as one decayed engagement,
     * does depend on α and is kept. When dL/dα ≥ 0 at both bounds the answer is {@code upper} (the
     * customers look like their means; also the answer when no customer informs α), when ≤ 0 at both
     * it is {@code lower} (the customers are more dispersed than the bounds allow), and if it is
     * negative at {@code lower} and positive at {@code upper} the bound with the larger likelihood.
     *
     * <p>Counts below 1 weigh less than one engagement each and make customers look more alike than
     * whole counts would: on recency-decayed weights the fitted α is far larger (often the upper
     * bound) than on the engagements themselves.
     *
     * @param means  means[i], customer i's prior mean m_i: one positive entry per category, summing to
     *               1; customers may share one array
     * @param counts counts[i][k], customer i's finite, non-negative count in category k, one per entry
     *               of means[i]
     * @param lower  the smallest admissible α, &gt; 0
     * @param upper  the largest admissible α, finite and &gt; lower
     * @throws IllegalArgumentException on invalid means or counts (see
     *                                  {@link #logLikelihood(double[][], double[][], double)}) or bounds
     */
    public static double fitConcentration(double[][] means, double[][] counts, double lower, double upper) {
        requireValid(means, counts);
        if (!(lower > 0) || !(upper > lower) || Double.isInfinite(upper)) {
            throw new IllegalArgumentException("the bounds need 0 < lower < upper < ∞");
        }
        Customers all = Customers.withCounts(means, counts);
        Customers informative = all.informative();
        double slopeAtLower = informative.slope(lower);
        double slopeAtUpper = informative.slope(upper);
        if (slopeAtLower >= 0 && slopeAtUpper >= 0) {
            return upper;
        }
        if (slopeAtLower <= 0 && slopeAtUpper <= 0) {
            return lower;
        }
        if (slopeAtLower < 0) {
            return all.logLikelihood(lower) >= all.logLikelihood(upper) ? lower : upper;
        }
        BrentSolver solver = new BrentSolver(0, LOG_CONCENTRATION_ACCURACY);
        double root = solver.solve(MAX_EVALUATIONS, logAlpha -> informative.slope(Math.exp(logAlpha)),
                Math.log(lower), Math.log(upper));
        return Math.min(upper, Math.max(lower, Math.exp(root)));
    }

    /** The one mean as every customer's, the same array each time. */
    private static double[][] sharedBy(double[] mean, double[][] counts) {
        requireValidMean(mean, "the mean");
        Objects.requireNonNull(counts, "null counts");
        double[][] means = new double[counts.length][];
        Arrays.fill(means, mean);
        return means;
    }

    private static void requireValid(double[][] means, double[][] counts) {
        Objects.requireNonNull(means, "null means");
        Objects.requireNonNull(counts, "null counts");
        if (means.length != counts.length) {
            throw new IllegalArgumentException("need one mean per customer, not " + means.length + " for "
                    + counts.length + " customers");
        }
        for (int i = 0; i < counts.length; i++) {
            requireValidMean(means[i], "customer " + i + ": the mean");
            requireValidCustomer(counts[i], means[i].length, i);
        }
    }

    private static void requireValidMean(double[] mean, String which) {
        if (mean == null || mean.length == 0) {
            throw new IllegalArgumentException(which + " needs at least one category");
        }
        double sum = 0;
        for (double m : mean) {
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException(which + " must be positive in every category");
            }
            sum += m;
        }
        if (!(Math.abs(sum - 1) <= MEAN_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(which + " must sum to 1, not " + sum);
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

    /**
     * Customers as their non-zero counts only: counts[i][j] and means[i][j] are customer i's count and
     * prior mean in the j-th category they have a count in, totals[i] their total.
     */
    private record Customers(double[][] counts, double[][] means, double[] totals) {
        /** Every customer with a count. */
        static Customers withCounts(double[][] denseMeans, double[][] denseCounts) {
            double[][] counts = new double[denseCounts.length][];
            double[][] means = new double[denseCounts.length][];
            double[] totals = new double[denseCounts.length];
            int kept = 0;
            for (int i = 0; i < denseCounts.length; i++) {
                double[] customer = denseCounts[i];
                int nonZero = nonZeroCategories(customer);
                if (nonZero == 0) {
                    continue;
                }
                counts[kept] = new double[nonZero];
                means[kept] = new double[nonZero];
                int j = 0;
                for (int k = 0; k < customer.length; k++) {
                    if (customer[k] != 0) {
                        counts[kept][j] = customer[k];
                        means[kept][j] = denseMeans[i][k];
                        totals[kept] += customer[k];
                        j++;
                    }
                }
                kept++;
            }
            return new Customers(Arrays.copyOf(counts, kept), Arrays.copyOf(means, kept), Arrays.copyOf(totals, kept));
        }

        private static int nonZeroCategories(double[] customer) {
            int found = 0;
            for (double n : customer) {
                if (n != 0) {
                    found++;
                }
            }
            return found;
        }

        /** Those whose likelihood depends on α: all but the ones with a single count of exactly 1. */
        Customers informative() {
            double[][] keptCounts = new double[totals.length][];
            double[][] keptMeans = new double[totals.length][];
            double[] keptTotals = new double[totals.length];
            int kept = 0;
            for (int i = 0; i < totals.length; i++) {
                if (counts[i].length == 1 && counts[i][0] == 1) {
                    continue;
                }
                keptCounts[kept] = counts[i];
                keptMeans[kept] = means[i];
                keptTotals[kept] = totals[i];
                kept++;
            }
            return new Customers(Arrays.copyOf(keptCounts, kept), Arrays.copyOf(keptMeans, kept),
                    Arrays.copyOf(keptTotals, kept));
        }

        double logLikelihood(double alpha) {
            double logGammaOfConcentration = LogGamma.value(alpha);
            double sum = 0;
            for (int i = 0; i < totals.length; i++) {
                double categories = 0;
                for (int j = 0; j < counts[i].length; j++) {
                    double n = counts[i][j];
                    double prior = alpha * means[i][j];
                    categories += LogGamma.value(n + prior) - LogGamma.value(prior) - LogGamma.value(n + 1);
                }
                sum += LogGamma.value(totals[i] + 1) + logGammaOfConcentration - LogGamma.value(totals[i] + alpha)
                        + categories;
            }
            return sum;
        }

        /** α·dL/dα, which has the sign of dL/dα. */
        double slope(double alpha) {
            double sum = 0;
            for (int i = 0; i < totals.length; i++) {
                double customer = -digammaDifference(alpha, totals[i]);
                for (int j = 0; j < counts[i].length; j++) {
                    double m = means[i][j];
                    customer += m * digammaDifference(alpha * m, counts[i][j]);
                }
                sum += customer;
            }
            return alpha * sum;
        }
    }
}
