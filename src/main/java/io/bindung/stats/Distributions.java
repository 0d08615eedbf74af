package io.bindung.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Tail probabilities and quantiles. Upper tails come from survival functions computed directly
 * (erfc, the regularized incomplete beta and gamma functions), never as 1 − CDF, so p-values down to
 * 1e-300 keep their relative precision.
 */
final class Distributions {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final double SQRT2 = Math.sqrt(2);

    private Distributions() {
    }

    /** Φ⁻¹(p). */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Φ(z) = erfc(−z/√2)/2. */
    static double normalCdf(double z) {
        return 0.5 * Erfc.value(-z / SQRT2);
    }

    /** φ(z) = exp(−z²/2)/√(2π). */
    static double normalDensity(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** 2·Φ(−|z|) = erfc(|z|/√2). */
    static double normalTwoSided(double z) {
        return Math.min(1, Erfc.value(Math.abs(z) / SQRT2));
    }

    /** The Student t quantile for {@code df} degrees of freedom. */
    static double tQuantile(double p, double df) {
        return new TDistribution(null, df, 1e-13).inverseCumulativeProbability(p);
    }

    /** 2·P(T_df > |t|) = I_{df/(df+t²)}(df/2, 1/2). */
    static double tTwoSided(double t, double df) {
        if (t == 0) {
            return 1;
        }
        return Math.min(1, Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5));
    }

    /** P(χ²_df > x) = Q(df/2, x/2). */
    static double chiSquareSurvival(double x, double df) {
        if (x <= 0) {
            return 1;
        }
        return Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** P(F_{d1,d2} > x) = I_{d2/(d2+d1·x)}(d2/2, d1/2). */
    static double fSurvival(double x, double d1, double d2) {
        if (x <= 0) {
            return 1;
        }
        return Beta.regularizedBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2);
    }
}
