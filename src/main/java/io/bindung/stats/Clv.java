package io.bindung.stats;

import java.util.Objects;

/**
 * Customer lifetime value over a horizon H after now (T), from a {@link BgNbd} model of the number
 * of purchases and a {@link GammaGamma} model of their value, which the Gamma-Gamma model assumes
 * independent (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for customer base
 * analysis", <i>Journal of Marketing Research</i> 42(4), §2): CLV = E[Y(H) | x, t_x, T] ·
 * E[Z | x, m_x]. H, T, t_x and the discount period are in the time unit of the BG/NBD data, the
 * value in the money unit of the Gamma-Gamma data.
 */
public final class Clv {
    private static final int MAX_PERIODS = 100_000;

    private Clv() {
    }

    /**
     * The undiscounted value of the purchases in (T, T + H]:
     * {@link BgNbd#conditionalExpectedPurchases}(H, x, t_x, T) ·
     * {@link GammaGamma#conditionalExpectedAverageSpend}(x, m_x).
     */
    public static double value(BgNbd purchases, GammaGamma spend, double frequency, double recency, double age,
                               double meanSpend, double horizon) {
        Objects.requireNonNull(purchases, "null purchases");
        Objects.requireNonNull(spend, "null spend");
        return purchases.conditionalExpectedPurchases(horizon, frequency, recency, age)
                * spend.conditionalExpectedAverageSpend(frequency, meanSpend);
    }

    /**
     * The discounted value of the purchases in (T, T + H], period by period as lifetimes'
     * {@code customer_lifetime_value} (there the period Δ is a month, e.g. 4.345 for weekly data, and
     * H a number of months times Δ): with τₖ = min(kΔ, H) for k = 1 … ⌈H/Δ⌉,
     * Σₖ E[Z | x, m_x] · (E[Y(τₖ)] − E[Y(τₖ₋₁)]) / (1 + d)^(τₖ/Δ), each period's purchases discounted
     * at the period's end by the rate d per period. With d = 0 it equals {@link #value}.
     *
     * @param period       Δ, the length of one discounting period, &gt; 0
     * @param discountRate d, the discount rate per period, finite and ≥ 0
     * @throws IllegalArgumentException for more than 100 000 periods, besides invalid customers
     */
    public static double discountedValue(BgNbd purchases, GammaGamma spend, double frequency, double recency,
                                         double age, double meanSpend, double horizon, double period,
                                         double discountRate) {
        Objects.requireNonNull(purchases, "null purchases");
        Objects.requireNonNull(spend, "null spend");
        if (!(period > 0) || Double.isInfinite(period) || !(discountRate >= 0) || Double.isInfinite(discountRate)) {
            throw new IllegalArgumentException("need a positive, finite period and a finite discount rate ≥ 0");
        }
        BgNbd.check(frequency, recency, age, "");
        if (!(horizon >= 0) || !(horizon / period <= MAX_PERIODS)) {
            throw new IllegalArgumentException("the horizon must be ≥ 0 and span at most " + MAX_PERIODS + " periods");
        }
        double perPurchase = spend.conditionalExpectedAverageSpend(frequency, meanSpend);
        double logDiscount = Math.log1p(discountRate);
        double total = 0;
        double before = 0;
        for (int k = 1; (k - 1) * period < horizon; k++) {
            double end = Math.min(k * period, horizon);
            double cumulative = purchases.conditionalExpectedPurchases(end, frequency, recency, age);
            total += (cumulative - before) * Math.exp(-logDiscount * end / period);
            before = cumulative;
        }
        return perPurchase * total;
    }
}
