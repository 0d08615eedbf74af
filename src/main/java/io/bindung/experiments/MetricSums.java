package io.bindung.experiments;

/**
 * One arm's sums of a metric's per-customer values, from SQL: x (a ratio's numerator), y (a
 * ratio's denominator) and z (the pre-exposure covariate of CUPED), with squares and products.
 * Customers whose values are all 0 add nothing, so the arm's size comes from its exposures.
 */
record MetricSums(double sumX, double sumXX, double sumY, double sumYY, double sumXY, double sumZ, double sumZZ,
                  double sumXZ) {
    static final MetricSums NONE = new MetricSums(0, 0, 0, 0, 0, 0, 0, 0);

    /** These sums plus {@code sign} times {@code other}'s. */
    MetricSums plus(MetricSums other, int sign) {
        return new MetricSums(sumX + sign * other.sumX, sumXX + sign * other.sumXX, sumY + sign * other.sumY,
                sumYY + sign * other.sumYY, sumXY + sign * other.sumXY, sumZ + sign * other.sumZ, sumZZ + sign * other.sumZZ,
                sumXZ + sign * other.sumXZ);
    }
}
