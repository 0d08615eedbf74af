package io.bindung.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CUPED (Deng, Xu, Kohavi &amp; Walker 2013): variance reduction with a pre-exposure covariate x of
 * the metric y, such as the same metric over the weeks before exposure.
 *
 * <p>θ = cov(x, y)/var(x) from all arms' units pooled, as gbstats' {@code compute_theta} (0 when
 * either pooled variance is 0). Every unit's value becomes y − θ(x − x̄), x̄ the pooled covariate
 * mean, so each arm's adjusted mean is ȳ − θ(x̄ₐ − x̄) and its per-unit variance
 * s²y + θ²s²x − 2θ·sxy, with the arm's own sample (co)variances (divisor n − 1). The adjusted arms
 * are {@link Mean}s with exactly those moments, so every test, interval and posterior applies to
 * them unchanged; as the covariate is independent of the assignment, differences between arms keep
 * their expectation and their variance shrinks by the factor 1 − ρ².
 *
 * @param adjusted          the arms with adjusted values, in input order
 * @param theta             θ
 * @param correlation       the pooled correlation ρ of x and y, 0 when undefined
 * @param varianceReduction 1 − (Σ adjusted variances)/(Σ unadjusted variances) over the arms, in [0, 1)
 *                          with sensible covariates (negative when the adjustment adds variance)
 */
public record Cuped(List<Mean> adjusted, double theta, double correlation, double varianceReduction) {
    public Cuped {
        adjusted = List.copyOf(adjusted);
    }

    /**
     * Adjusts every arm's metric by its covariate.
     *
     * @param metrics     each arm's metric: n, Σy, Σy²
     * @param covariates  each arm's covariate: the same n, Σx, Σx²
     * @param sumProducts each arm's Σxy
     */
    public static Cuped adjust(List<Mean> metrics, List<Mean> covariates, double[] sumProducts) {
        Objects.requireNonNull(metrics, "null metrics");
        if (covariates.size() != metrics.size() || sumProducts.length != metrics.size()) {
            throw new IllegalArgumentException("need a covariate and a sum of products for every arm");
        }
        long n = 0;
        double sumY = 0;
        double sumYY = 0;
        double sumX = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (int arm = 0; arm < metrics.size(); arm++) {
            if (covariates.get(arm).n() != metrics.get(arm).n() || !Double.isFinite(sumProducts[arm])) {
                throw new IllegalArgumentException("arm " + arm + ": the covariate must cover the same units, with a finite Σxy");
            }
            n += metrics.get(arm).n();
            sumY += metrics.get(arm).sum();
            sumYY += metrics.get(arm).sumSquares();
            sumX += covariates.get(arm).sum();
            sumXX += covariates.get(arm).sumSquares();
            sumXY += sumProducts[arm];
        }
        double varianceX = new Mean(n, sumX, sumXX).variance();
        double varianceY = new Mean(n, sumY, sumYY).variance();
        double covariance = n > 1 ? (sumXY - sumX * sumY / n) / (n - 1) : 0;
        boolean defined = varianceX > 0 && varianceY > 0;
        double theta = defined ? covariance / varianceX : 0;
        double correlation = defined ? Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY))) : 0;
        double pooledX = n > 0 ? sumX / n : 0;
        List<Mean> adjusted = new ArrayList<>();
        double before = 0;
        double after = 0;
        for (int arm = 0; arm < metrics.size(); arm++) {
            Mean adjustedArm = adjust(metrics.get(arm), covariates.get(arm), sumProducts[arm], theta, pooledX);
            before += metrics.get(arm).variance();
            after += adjustedArm.variance();
            adjusted.add(adjustedArm);
        }
        return new Cuped(adjusted, theta, correlation, before > 0 ? 1 - after / before : 0);
    }

    private static Mean adjust(Mean metric, Mean covariate, double sumProducts, double theta, double pooledX) {
        long n = metric.n();
        if (n == 0) {
            return metric;
        }
        double covariance = n > 1 ? (sumProducts - covariate.sum() * metric.sum() / n) / (n - 1) : 0;
        double variance = Math.max(0, metric.variance() + theta * theta * covariate.variance() - 2 * theta * covariance);
        double mean = metric.mean() - theta * (covariate.mean() - pooledX);
        double sum = n * mean;
        return new Mean(n, sum, variance * (n - 1) + sum * sum / n);
    }
}
