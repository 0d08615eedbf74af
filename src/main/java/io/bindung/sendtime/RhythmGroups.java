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
 * the customer's own hours. Without engagement the prior is everybody's rhythm. How many groups
 * the customers make up is chosen from their engagement too (see {@link #fit}). Immutable.
 */
final class RhythmGroups {
    /** The numbers of groups tried: few for a small shop, where many would each rest on a handful of customers. */
    private static final int[] GROUP_COUNTS = {3, 6, 12, 24};
    private static final int MAX_ITERATIONS = 100;
    /**
     * EM stops when an iteration raises the log-likelihood by less than this per customer (or after
     * {@link #MAX_ITERATIONS}): from there on the groups barely move, and each further iteration costs
     * as much as the first.
     */
    private static final double CONVERGED = 1e-4;
    /** A customer this unlikely to be in a group does not weigh in its rhythm: most customers weigh in a few groups only. */
    private static final double NEGLIGIBLE = 1e-6;
    /** Pseudo-engagements of everybody's rhythm in each group's, so no hour of a group is impossible. */
    private static final double SMOOTHING = 1;

    /** Each group's shares of the 48 hours (each summing to 1), their logarithms, and each group's share of the customers. */
    private final double[][] rhythms;
    private final double[][] logRhythms;
    private final double[] logWeights;
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
        this.logWeights = Arrays.stream(weights).map(Math::log).toArray();
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
     * Fits groups to the customers' rhythms (counts by hour of a weekday and a weekend day) read
     * against their relative exposure ({@link Exposure#relative}). The number of groups is the one of
     * {@link #GROUP_COUNTS} whose groups, fitted to the first half of the customers, give the
     * second half's engagement the highest likelihood: more groups tell customers' rhythms apart more
     * finely until there are too few customers to learn each group from. Then that many are fitted
     * to every customer.
     */
    static RhythmGroups fit(double[][] customers, double[][] exposures, double[] everybody) {
        int half = customers.length / 2;
        double[][] learnedFrom = Arrays.copyOfRange(customers, 0, half);
        double[][] learnedFromExposures = Arrays.copyOfRange(exposures, 0, half);
        int best = GROUP_COUNTS[0];
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (int groups : GROUP_COUNTS) {
            RhythmGroups fitted = fit(learnedFrom, learnedFromExposures, everybody, groups);
            double likelihood = 0;
            for (int i = half; i < customers.length; i++) {
                likelihood += fitted.logLikelihood(customers[i], exposures[i]);
            }
            if (likelihood > bestLikelihood) {
                best = groups;
                bestLikelihood = likelihood;
            }
        }
        return fit(customers, exposures, everybody, best);
    }

    /** Fits {@code count} groups (at most one per customer) by EM, starting from groups of customers with neighbouring peak hours. */
    private static RhythmGroups fit(double[][] customers, double[][] exposures, double[] everybody, int count) {
        int groups = Math.min(count, customers.length);
        int[] peaks = IntStream.range(0, customers.length).map(i -> peak(Exposure.adjusted(customers[i], exposures[i]))).toArray();
        Integer[] byPeak = IntStream.range(0, customers.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byPeak, Comparator.comparingInt(i -> peaks[i]));
        double[][] responsibilities = new double[customers.length][groups];
        for (int rank = 0; rank < byPeak.length; rank++) {
            responsibilities[byPeak[rank]][rank * groups / byPeak.length] = 1;
        }
        double[][] start = new double[groups][];
        Arrays.fill(start, everybody);
        RhythmGroups fitted = maximise(customers, exposures, responsibilities, new RhythmGroups(start, new double[groups]), everybody);
        double likelihood = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double before = likelihood;
            likelihood = 0;
            for (int i = 0; i < customers.length; i++) {
                double[] log = fitted.logJoint(customers[i], exposures[i]);
                likelihood += logSum(log);
                responsibilities[i] = normalised(log);
            }
            if (likelihood - before < CONVERGED * customers.length) {
                return fitted;
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
        double[] totals = Arrays.stream(customers).mapToDouble(Posterior::total).toArray();
        double[][] rhythms = new double[groups][everybody.length];
        double[] weights = new double[groups];
        for (int k = 0; k < groups; k++) {
            double[] engaged = new double[everybody.length];
            double[] exposed = new double[everybody.length];
            for (int i = 0; i < customers.length; i++) {
                double r = responsibilities[i][k];
                if (r < NEGLIGIBLE) {
                    continue;
                }
                weights[k] += r / customers.length;
                double share = r * totals[i] / previous.exposed(k, exposures[i]);
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
        return normalised(logJoint(counts, exposure));
    }

    /** The log-likelihood of a customer's counts, up to the multinomial coefficient. */
    private double logLikelihood(double[] counts, double[] exposure) {
        return logSum(logJoint(counts, exposure));
    }

    /** exp(log_k), normalised to sum to 1, in place. */
    private static double[] normalised(double[] log) {
        double highest = max(log);
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

    /** ln Σ_k exp(log_k), without overflow. */
    private static double logSum(double[] log) {
        double highest = max(log);
        double sum = 0;
        for (double value : log) {
            sum += Math.exp(value - highest);
        }
        return highest + Math.log(sum);
    }

    /** ln w_k + Σ_t c_t ln(π_kt r_t / Σ_u π_ku r_u) for each group k, leaving out Σ_t c_t ln r_t, the same for every group. */
    private double[] logJoint(double[] counts, double[] exposure) {
        int[] engaged = new int[counts.length];
        int hours = 0;
        double total = 0;
        for (int t = 0; t < counts.length; t++) {
            if (counts[t] > 0) {
                engaged[hours++] = t;
                total += counts[t];
            }
        }
        double[] log = new double[weights.length];
        for (int k = 0; k < log.length; k++) {
            log[k] = logWeights[k] - total * Math.log(exposed(k, exposure));
            for (int i = 0; i < hours; i++) {
                log[k] += counts[engaged[i]] * logRhythms[k][engaged[i]];
            }
        }
        return log;
    }

    private static double max(double[] values) {
        double highest = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            highest = Math.max(highest, value);
        }
        return highest;
    }

    /** The prior rhythm of a customer with these counts and relative exposure: the groups' rhythms weighted by membership. */
    double[] prior(double[] counts, double[] exposure) {
        return mix(membership(counts, exposure));
    }

    /** How many groups there are. */
    int size() {
        return weights.length;
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
