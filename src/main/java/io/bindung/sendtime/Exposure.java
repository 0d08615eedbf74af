package io.bindung.sendtime;

/**
 * How a customer's engagement is read against when messages were waiting for them. Engagement in
 * an hour is activity times exposure: a shop that always sends at 10:00 sees opens crowd the hours
 * after 10:00 whatever its customers' rhythms. So the model compares each hour's engagement with
 * its relative exposure r_t (1 where the customer was exposed as much as on average). The exposure
 * covers the two days after each send, each hour weighing as much as the channel's customers engage
 * that long after a send ({@link TimeToEngage#exposure}); engagement that comes later (the channel's
 * {@link TimeToEngage#soonShare()} says how much) is read against even exposure, and a tenth more is
 * spread evenly, so that engagement with sends that were not recorded cannot make an hour's rate
 * unbounded. A customer without recorded sends has r = 1 everywhere: engagement is read as is.
 */
final class Exposure {
    /** Days of each type in a week: the weekday hours (0–23) hold five days, the weekend hours two. */
    private static final double WEEKDAYS = 5;
    private static final double WEEKEND_DAYS = 2;
    private static final double EVEN_SHARE = 0.1;

    private Exposure() {
    }

    /**
     * r_t from the exposure of each hour of a weekday and a weekend day (per day of its type, over
     * the mean), and the share of engagement that comes within the exposure's two days.
     */
    static double[] relative(double[] exposure, double soonShare) {
        double[] perDay = new double[exposure.length];
        double mean = 0;
        for (int t = 0; t < exposure.length; t++) {
            perDay[t] = exposure[t] / (t < HourOfWeek.HOURS_OF_DAY ? WEEKDAYS : WEEKEND_DAYS);
            mean += perDay[t] / exposure.length;
        }
        double[] relative = new double[exposure.length];
        for (int t = 0; t < relative.length; t++) {
            double soon = mean > 0 ? (perDay[t] + EVEN_SHARE * mean) / ((1 + EVEN_SHARE) * mean) : 1;
            relative[t] = soonShare * soon + (1 - soonShare);
        }
        return relative;
    }

    /** Engagement per exposure, c_t / r_t, rescaled to the same total: what the customer would have shown exposed evenly. */
    static double[] adjusted(double[] counts, double[] relative) {
        double total = 0;
        double adjustedTotal = 0;
        double[] adjusted = new double[counts.length];
        for (int t = 0; t < counts.length; t++) {
            adjusted[t] = counts[t] / relative[t];
            total += counts[t];
            adjustedTotal += adjusted[t];
        }
        for (int t = 0; t < counts.length && adjustedTotal > 0; t++) {
            adjusted[t] *= total / adjustedTotal;
        }
        return adjusted;
    }
}
