package io.bindung.sendtime;

/**
 * A customer's shares of the 168 hours of the week, shrunk toward the group in two levels. Their
 * daily rhythm is their own engagement folded into the 24 hours of a day, shrunk toward the group's:
 * d_t = (own_t + κ · group_t) / (n + κ). It is spread over the week as the group's weekdays and
 * weekends share each hour, r_h = d_t · group_h / group_t, and the customer's week is shrunk toward
 * that: q_h = (own_h + β · r_h) / (n + β), with n their engagement and κ, β the group's fitted
 * strengths. A customer without history gets the group's pattern on their own clock; a few
 * engagements move their hours of the day first, many their own week. The daily rhythm is smoothed
 * over neighbouring hours (¼, ½, ¼), as an engagement at 19:55 says as much about 20:00 as about 19:00.
 *
 * @param shares         q_h, summing to 1
 * @param ownEngagements n, the customer's recency-weighted engagement
 * @param groupWeight    how much of the answer is the group's: β/(n+β) · κ/(n+κ)
 * @param weeklyStrength β
 * @param dailyStrength  κ
 */
record Posterior(double[] shares, double ownEngagements, double groupWeight, double weeklyStrength, double dailyStrength) {
    static Posterior of(double[] own, GroupModel group) {
        double total = 0;
        for (double weight : own) {
            total += weight;
        }
        double[] day = smooth(HourOfWeek.daily(own));
        double daily = group.dailyStrength();
        double weekly = group.weeklyStrength();
        double[] shares = new double[HourOfWeek.HOURS];
        for (int h = 0; h < shares.length; h++) {
            int t = h % HourOfWeek.HOURS_OF_DAY;
            double rhythm = (day[t] + daily * group.daily()[t]) / (total + daily);
            double prior = rhythm * group.pattern()[h] / group.daily()[t];
            shares[h] = (own[h] + weekly * prior) / (total + weekly);
        }
        return new Posterior(shares, total, weekly / (total + weekly) * daily / (total + daily), weekly, daily);
    }

    /** Each hour keeps half its weight and gives a quarter to each neighbour, around the circle. */
    private static double[] smooth(double[] weights) {
        int n = weights.length;
        double[] smooth = new double[n];
        for (int i = 0; i < n; i++) {
            smooth[i] = 0.5 * weights[i] + 0.25 * weights[(i + n - 1) % n] + 0.25 * weights[(i + 1) % n];
        }
        return smooth;
    }
}
