package io.bindung.stats;

import org.apache.commons.numbers.gamma.LogGamma;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", <i>Journal of Marketing Research</i> 42(4); Fader
 * &amp; Hardie 2013, "The Gamma-Gamma model of monetary value"): a customer's transactions are worth
 * z ~ Gamma(p, ν) each, independently of how often they buy, with ν ~ Gamma(q, v) across customers.
 * A customer is described by x ≥ 1 transactions (repeat purchases, as in {@link BgNbd}) and their
 * mean value m_x &gt; 0. The estimates and predictions match the {@code lifetimes} package's
 * {@code GammaGammaFitter}.
 *
 * @param p shape of the spend per transaction
 * @param q shape of the distribution of ν
 * @param v rate of the distribution of ν, in the money unit of the data
 */
public record GammaGamma(double p, double q, double v) {
    public GammaGamma {
        if (!(p > 0 && q > 0 && v > 0) || !Double.isFinite(p) || !Double.isFinite(q) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("p, q and v must be positive and finite");
        }
    }

    /**
     * A fitted model.
     *
     * @param model         the maximum-likelihood estimates
     * @param logLikelihood the maximised Σ ln f(m_x | x) over the customers, in the data's money unit
     */
    public record Fit(GammaGamma model, double logLikelihood) {
    }

    /**
     * Maximum-likelihood estimates of p, q, v from the customers' (x, m_x), with the density of the
     * mean spend (Fader &amp; Hardie 2013, eq. 1a, as lifetimes)
     * ln f(m_x | x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m_x + px ln x
     * − (px + q) ln(v + x·m_x). Identical pairs are counted once with their multiplicity. Money is
     * rescaled so that the mean m_x is 1 and the search starts from p = q = v = 1 on that scale; see
     * {@link MaximumLikelihood} for the optimiser and its bounds. When every customer has the same
     * mean spend the data cannot tell p and q apart from infinity and they end on the upper bound.
     *
     * @throws IllegalArgumentException without customers, with arrays of different lengths, or a
     *                                  customer without a repeat purchase (leave those out: they say
     *                                  nothing about spend per transaction) or without a positive,
     *                                  finite mean spend
     */
    public static Fit fit(double[] frequency, double[] meanSpend) {
        Likelihood likelihood = Likelihood.of(frequency, meanSpend);
        double scale = likelihood.averageSpend();
        Likelihood scaled = likelihood.withMoneyScale(1 / scale);
        double[] best = MaximumLikelihood.maximise(theta -> scaled.value(theta[0], theta[1], theta[2]), 3);
        GammaGamma model = new GammaGamma(best[0], best[1], best[2] * scale);
        return new Fit(model, likelihood.value(model.p, model.q, model.v));
    }

    /** Σ ln f(m_x | x) (see {@link #fit}) of these customers under this model. */
    public double logLikelihood(double[] frequency, double[] meanSpend) {
        return Likelihood.of(frequency, meanSpend).value(p, q, v);
    }

    /**
     * E[Z | x, m_x], the expected spend per transaction of a customer with x transactions of mean
     * value m_x (Fader &amp; Hardie 2013, eq. 5, lifetimes' {@code conditional_expected_average_profit}):
     * (q − 1)/(px + q − 1) · vp/(q − 1) + px/(px + q − 1) · m_x = p(v + x·m_x)/(px + q − 1), a
     * weighted mean of the population mean vp/(q − 1) and the customer's own m_x. The right-hand form
     * is the posterior mean of p/ν with ν ~ Gamma(px + q, v + x·m_x) and needs only px + q &gt; 1, so it is
     * used also for q ≤ 1, where the population mean is infinite. When px + q ≤ 1 the posterior mean
     * is infinite too (or when it overflows): a customer with x ≥ 1 then gets m_x, and x = 0 is
     * rejected. For x = 0, m_x is
     * ignored and the answer is the population mean.
     *
     * @throws IllegalArgumentException if x is not a whole number ≥ 0, m_x is not finite and ≥ 0, or
     *                                  x = 0 with q ≤ 1
     */
    public double conditionalExpectedAverageSpend(double frequency, double meanSpend) {
        if (!(frequency >= 0) || frequency != Math.rint(frequency) || Double.isInfinite(frequency)) {
            throw new IllegalArgumentException("the frequency x must be a whole number ≥ 0");
        }
        if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("the mean spend m_x must be finite and ≥ 0");
        }
        double shape = p * frequency + q - 1;
        double posteriorMean = p * (v + frequency * meanSpend) / shape;
        if (shape > 0 && Double.isFinite(posteriorMean)) {
            return posteriorMean;
        }
        if (frequency == 0) {
            throw new IllegalArgumentException("q ≤ 1: infinite mean spend for a customer without repeat purchases");
        }
        return meanSpend;
    }

    private record Customer(double frequency, double meanSpend) {
    }

    /** The customers grouped by distinct (x, m_x), with ln m_x, ln x and the distinct frequencies. */
    private record Likelihood(double[] frequencies, int[] frequencyOf, double[] meanSpend, double[] logMeanSpend,
                              double[] count) {
        static Likelihood of(double[] frequency, double[] meanSpend) {
            if (frequency.length != meanSpend.length) {
                throw new IllegalArgumentException("frequency and mean spend need one value per customer");
            }
            if (frequency.length == 0) {
                throw new IllegalArgumentException("no customers");
            }
            Map<Customer, Integer> groups = new HashMap<>();
            for (int i = 0; i < frequency.length; i++) {
                double x = frequency[i];
                if (!(x >= 1) || x != Math.rint(x) || Double.isInfinite(x)) {
                    throw new IllegalArgumentException("customer " + i + ": need a whole number x ≥ 1 of repeat purchases");
                }
                if (!(meanSpend[i] > 0) || Double.isInfinite(meanSpend[i])) {
                    throw new IllegalArgumentException("customer " + i + ": need a positive, finite mean spend");
                }
                groups.merge(new Customer(frequency[i], meanSpend[i]), 1, Integer::sum);
            }
            Map<Double, Integer> frequencies = new HashMap<>();
            int n = groups.size();
            int[] frequencyOf = new int[n];
            double[] spend = new double[n];
            double[] count = new double[n];
            int g = 0;
            for (Map.Entry<Customer, Integer> group : groups.entrySet()) {
                frequencyOf[g] = frequencies.computeIfAbsent(group.getKey().frequency(), k -> frequencies.size());
                spend[g] = group.getKey().meanSpend();
                count[g++] = group.getValue();
            }
            double[] distinct = new double[frequencies.size()];
            frequencies.forEach((x, j) -> distinct[j] = x);
            return new Likelihood(distinct, frequencyOf, spend, Arrays.stream(spend).map(Math::log).toArray(), count);
        }

        double averageSpend() {
            double mean = 0;
            double customers = 0;
            for (int g = 0; g < count.length; g++) {
                customers += count[g];
                mean += count[g] * (meanSpend[g] - mean) / customers;
            }
            return mean;
        }

        Likelihood withMoneyScale(double scale) {
            double[] scaled = Arrays.stream(meanSpend).map(m -> m * scale).toArray();
            double[] logScaled = Arrays.stream(scaled).map(Math::log).toArray();
            return new Likelihood(frequencies, frequencyOf, scaled, logScaled, count);
        }

        double value(double p, double q, double v) {
            double[] shapeTerm = new double[frequencies.length];
            double common = -LogGamma.value(q) + q * Math.log(v);
            for (int j = 0; j < frequencies.length; j++) {
                double px = p * frequencies[j];
                shapeTerm[j] = common + LogGamma.value(px + q) - LogGamma.value(px) + px * Math.log(frequencies[j]);
            }
            double sum = 0;
            for (int g = 0; g < count.length; g++) {
                int j = frequencyOf[g];
                double x = frequencies[j];
                double px = p * x;
                double density = shapeTerm[j] + (px - 1) * logMeanSpend[g] - (px + q) * Math.log(v + x * meanSpend[g]);
                sum += count[g] * density;
            }
            return sum;
        }
    }
}
