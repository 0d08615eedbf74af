package io.bindung.sendtime;

/**
 * A customer's shares of the 168 hours of the week. Their rhythm is their own engagement folded into
 * the 48 hours of a weekday and a weekend day and read against their exposure ({@link Exposure}),
 * smoothed over neighbouring hours (σ = 1 hour), and
 * shrunk toward their prior, the rhythm of the groups they are likely in ({@link RhythmGroups}):
 * d_t = (own_t + κ · prior_t) / (n + κ), with n their engagement and κ the fitted strength. It is
 * spread over the week as everybody's days of each type share each hour: q_h = d_t · group_h / group_t.
 * So five weekdays pool their evidence, a customer without history gets the group's
 * pattern on their own clock, and a heavy user their own rhythm. (A further level, the customer's own
 * week shrunk toward this, counted the same engagements twice and chose worse hours in the evaluation
 * of bench/sendtime.sh.)
 *
 * @param shares         q_h, summing to 1
 * @param ownEngagements n, the customer's recency-weighted engagement
 * @param groupWeight    κ/(n+κ), how much of the answer is the group's
 * @param strength       κ
 * @param likelyGroup    the rhythm group the customer's engagement most likely puts them in: with κ large, their history
 *                       speaks mostly through which group they are in
 */
record Posterior(double[] shares, double ownEngagements, double groupWeight, double strength, RhythmGroups.Likely likelyGroup) {
    private static final double[] KERNEL = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};

    /** @param exposure the customer's exposure by hour of a weekday and a weekend day ({@link TimeToEngage#exposure}) */
    static Posterior of(double[] own, double[] exposure, GroupModel group) {
        double total = total(own);
        double strength = group.strength();
        double[] counts = HourOfWeek.byDayType(own);
        double[] relative = Exposure.relative(exposure, group.engage().soonShare());
        double[] rhythm = smooth(Exposure.adjusted(counts, relative));
        double[] membership = group.groups().membership(counts, relative);
        double[] prior = group.groups().mix(membership);
        double[] shares = new double[HourOfWeek.HOURS];
        for (int h = 0; h < shares.length; h++) {
            int t = HourOfWeek.dayTypeHour(h);
            double shrunk = (rhythm[t] + strength * prior[t]) / (total + strength);
            shares[h] = shrunk * group.pattern()[h] / group.dayTypes()[t];
        }
        return new Posterior(shares, total, strength / (total + strength), strength, group.groups().likely(membership));
    }

    static double total(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }

    /** Binomial smoothing over two neighbours each side (1, 4, 6, 4, 1)/16, σ = 1 hour, around each day type's 24 hours. */
    private static double[] smooth(double[] byDayType) {
        double[] smooth = new double[byDayType.length];
        int day = HourOfWeek.HOURS_OF_DAY;
        for (int i = 0; i < byDayType.length; i++) {
            int start = i - i % day;
            for (int offset = -2; offset <= 2; offset++) {
                smooth[i] += KERNEL[offset + 2] * byDayType[start + (i % day + day + offset) % day];
            }
        }
        return smooth;
    }
}
