package io.bindung.sendtime;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Groups of customers who share a rhythm (early birds, commuters, evening browsers, …), learned
 * from their engagement over the 48 hours of a weekday and a weekend day: a mixture of multinomials
 * fitted by expectation–maximisation (Dempster, Laird and Rubin 1977). A customer's prior is then
 * the rhythm of the groups they are likely in, given their engagement, rather than everybody's
 * average: a few engagements tell an evening browser from an early bird long before they pin down
 * the customer's own hours. Without engagement the prior is everybody's rhythm. Immutable.
 */
final class RhythmGroups {
    static final int GROUPS = 6;
    private static final int ITERATIONS = 60;
    /** Pseudo-engagements of everybody's rhythm in each group's, so no hour of a group is impossible. */
    private static final double SMOOTHING = 1;

    /** Each group's shares of the 48 hours (each summing to 1), their logarithms, and each group's share of the customers. */
    private final double[][] rhythms;
    private final double[][] logRhythms;
    private final double[] weights;

    /**
     * The group a customer most likely is in, for the explanation: its busiest local hour of a
     * weekday and of a weekend day, and the chance the customer's engagement gives it (without
     * engagement, the group's share of the customers).
     */
    record Likely(int weekdayPeakHour, int weekendPeakHour, double probability) {
    }

    private RhythmGroups(double[][] rhythms, double[] weights) {
        this.rhythms = rhythms;
        this.weights = weights;
        this.logRhythms = new double[rhythms.length][];
        for (int k = 0; k < rhythms.length; k++) {
            logRhythms[k] = Arrays.stream(rhythms[k]).map(Math::log).toArray();
        }
    }

    /** A single group of everybody's rhythm, until enough customers have engaged to fit groups. */
    static RhythmGroups one(double[] everybody) {
        return new RhythmGroups(new double[][] {everybody}, new double[] {1});
    }

    /**
     * Fits {@link #GROUPS} groups to the customers' rhythms (counts by hour of a weekday and a
     * weekend day) read against their relative exposure ({@link Exposure#relative}), starting from
     * groups of customers with neighbouring peak hours.
     */
    static RhythmGroups fit(double[][] customers, double[][] exposures, double[] everybody) {
        int groups = Math.min(GROUPS, customers.length);
        Integer[] byPeak = IntStream.range(0, customers.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byPeak, Comparator.comparingInt(i -> peak(Exposure.adjusted(customers[i], exposures[i]))));
        double[][] responsibilities = new double[customers.length][groups];
        for (int rank = 0; rank < byPeak.length; rank++) {
            responsibilities[byPeak[rank]][rank * groups / byPeak.length] = 1;
        }
        double[][] start = new double[groups][];
        Arrays.fill(start, everybody);
        RhythmGroups fitted = maximise(customers, exposures, responsibilities, new RhythmGroups(start, new double[groups]), everybody);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int i = 0; i < customers.length; i++) {
                responsibilities[i] = fitted.membership(customers[i], exposures[i]);
            }
            fitted = maximise(customers, exposures, responsibilities, fitted, everybody);
        }
        return fitted;
    }

    /**
     * Each group's rhythm as engagement over exposure: π_t ∝ Σ_i w_i c_it / Σ_i w_i n_i r_it / Σ_u π_u r_iu,
     * the customers weighted by membership (with {@code previous} rhythms in the denominator, the
     * fixed point of the Poisson likelihood), plus {@link #SMOOTHING} pseudo-engagements of everybody's.
     */
    private static RhythmGroups maximise(double[][] customers, double[][] exposures, double[][] responsibilities, RhythmGroups previous,
                                         double[] everybody) {
        int groups = responsibilities[0].length;
        double[][] rhythms = new double[groups][everybody.length];
        double[] weights = new double[groups];
        for (int k = 0; k < groups; k++) {
            double[] engaged = new double[everybody.length];
            double[] exposed = new double[everybody.length];
            for (int i = 0; i < customers.length; i++) {
                double r = responsibilities[i][k];
                if (r == 0) {
                    continue;
                }
                weights[k] += r / customers.length;
                double share = r * Posterior.total(customers[i]) / previous.exposed(k, exposures[i]);
                for (int t = 0; t < everybody.length; t++) {
                    engaged[t] += r * customers[i][t];
                    exposed[t] += share * exposures[i][t];
                }
            }
            double total = 0;
            for (int t = 0; t < everybody.length; t++) {
                rhythms[k][t] = (engaged[t] + SMOOTHING * everybody[t]) / (exposed[t] + SMOOTHING);
                total += rhythms[k][t];
            }
            for (int t = 0; t < everybody.length; t++) {
                rhythms[k][t] /= total;
            }
        }
        return new RhythmGroups(rhythms, weights);
    }

    /** Σ_t π_kt r_t: how much of group k's rhythm a customer's exposure covers (1 with even exposure). */
    private double exposed(int k, double[] exposure) {
        double covered = 0;
        for (int t = 0; t < exposure.length; t++) {
            covered += rhythms[k][t] * exposure[t];
        }
        return covered;
    }

    /**
     * The chance that a customer with these counts and relative exposure is in each group:
     * w_k Π_t (π_kt r_t / Σ_u π_ku r_u)^c_t, normalised.
     */
    double[] membership(double[] counts, double[] exposure) {
        double total = Posterior.total(counts);
        double[] log = new double[weights.length];
        double highest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.log(weights[k]) - total * Math.log(exposed(k, exposure));
            for (int t = 0; t < counts.length; t++) {
                if (counts[t] > 0) {
                    log[k] += counts[t] * logRhythms[k][t];
                }
            }
            highest = Math.max(highest, log[k]);
        }
        double sum = 0;
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.exp(log[k] - highest);
            sum += log[k];
        }
        for (int k = 0; k < log.length; k++) {
            log[k] /= sum;
        }
        return log;
    }

    /** The prior rhythm of a customer with these counts and relative exposure: the groups' rhythms weighted by membership. */
    double[] prior(double[] counts, double[] exposure) {
        return mix(membership(counts, exposure));
    }

    /** The groups' rhythms weighted by a customer's {@link #membership}. */
    double[] mix(double[] membership) {
        double[] prior = new double[rhythms[0].length];
        for (int k = 0; k < membership.length; k++) {
            for (int t = 0; t < prior.length; t++) {
                prior[t] += membership[k] * rhythms[k][t];
            }
        }
        return prior;
    }

    /** The most likely group of a customer's {@link #membership}. */
    Likely likely(double[] membership) {
        int best = 0;
        for (int k = 1; k < membership.length; k++) {
            best = membership[k] > membership[best] ? k : best;
        }
        return new Likely(peak(rhythms[best], 0), peak(rhythms[best], HourOfWeek.HOURS_OF_DAY), membership[best]);
    }

    private static int peak(double[] counts) {
        return peak(counts, 0);
    }

    /** The busiest hour of the day type starting at {@code start} (0: weekdays, 24: weekend days). */
    private static int peak(double[] counts, int start) {
        int peak = 0;
        for (int t = 1; t < HourOfWeek.HOURS_OF_DAY; t++) {
            if (counts[start + t] > counts[start + peak]) {
                peak = t;
            }
        }
        return peak;
    }
}
