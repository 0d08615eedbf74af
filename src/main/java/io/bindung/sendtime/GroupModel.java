package io.bindung.sendtime;

import io.bindung.stats.DirichletMultinomial;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a channel's customers have in common, each on their own clock: the group's shares of the 168
 * hours of the week (every engaged customer's shares, averaged, so heavy users do not set the pattern),
 * the same folded into the hours of a weekday and a weekend day, how strongly customers follow that
 * rhythm ({@link Posterior}), and how soon after a send they engage. The strength is empirical Bayes:
 * the Dirichlet-multinomial maximum likelihood of the customers' engagement counts around their
 * priors ({@link RhythmGroups}, {@link DirichletMultinomial#fitConcentration}), in pseudo-engagements.
 *
 * @param pattern        the group's shares of each hour of the week
 * @param dayTypes       the group's shares of each hour of a weekday (0–23) and a weekend day (24–47)
 * @param groups         the rhythms customers share, a customer's prior being those of the groups they are likely in
 * @param strength       how many pseudo-engagements the group's rhythm weighs in a customer's own
 * @param engage         the time from send to engagement
 */
record GroupModel(double[] pattern, double[] dayTypes, RhythmGroups groups, double strength, TimeToEngage engage) {
    /** The strength used until enough customers have engaged twice to fit it. */
    static final double DEFAULT_STRENGTH = 10;
    static final int MIN_FIT_CUSTOMERS = 20;
    /** Enough customers to learn a dozen or two rhythm groups from; their counts take about 30 MB while the model is built. */
    static final int MAX_FIT_CUSTOMERS = 20_000;
    private static final double LOWEST_STRENGTH = 0.5;
    private static final double HIGHEST_STRENGTH = 5000;
    /** Every hour keeps a trace of probability, so no hour is ruled out (and the fit's mean stays positive). */
    private static final double UNIFORM_MIX = 0.001;

    /**
     * Collects the customers' profiles (their weights and sends at one instant) into the group's
     * pattern, each read against their exposure, and the customers whose plain engagement counts the
     * strength is fitted on: recency weights would make customers look alike and push the fitted
     * strength to its bound.
     */
    static final class Builder {
        private final double[] shareSums = new double[HourOfWeek.HOURS];
        private final Map<String, double[]> sample = new LinkedHashMap<>();
        private final TimeToEngage engage;
        private int customers;

        /** @param engage the time from send to engagement, which says how exposure is read ({@link TimeToEngage#soonShare()}) */
        Builder(TimeToEngage engage) {
            this.engage = engage;
        }

        /** @param sends the customer's sends by hour of the week ({@link EngagementProfile#sendsAt}) */
        void add(String customerId, double[] weights, double[] sends) {
            double[] relative = Exposure.relative(engage.exposure(sends), engage.soonShare());
            double[] adjusted = new double[weights.length];
            for (int h = 0; h < weights.length; h++) {
                adjusted[h] = weights[h] / relative[HourOfWeek.dayTypeHour(h)];
            }
            double total = Arrays.stream(adjusted).sum();
            if (!(total > 0)) {
                return;
            }
            customers++;
            for (int h = 0; h < adjusted.length; h++) {
                shareSums[h] += adjusted[h] / total;
            }
            if (sample.size() < MAX_FIT_CUSTOMERS) {
                sample.put(customerId, relative);
            }
        }

        /** The customers to fit the strength on. */
        List<String> sample() {
            return List.copyOf(sample.keySet());
        }

        /** @param counts engagement counts by hour of the week of {@link #sample()} customers, by id */
        GroupModel build(Map<String, double[]> counts) {
            double[] pattern = new double[HourOfWeek.HOURS];
            for (int h = 0; h < pattern.length; h++) {
                double average = customers == 0 ? 1.0 / HourOfWeek.HOURS : shareSums[h] / customers;
                pattern[h] = (1 - UNIFORM_MIX) * average + UNIFORM_MIX / HourOfWeek.HOURS;
            }
            double[] dayTypes = HourOfWeek.byDayType(pattern);
            List<double[]> rhythms = new ArrayList<>();
            List<double[]> exposures = new ArrayList<>();
            counts.forEach((id, weekly) -> {
                double[] rhythm = HourOfWeek.byDayType(weekly);
                if (Posterior.total(rhythm) >= 2 && sample.containsKey(id)) {
                    rhythms.add(rhythm);
                    exposures.add(sample.get(id));
                }
            });
            if (rhythms.size() < MIN_FIT_CUSTOMERS) {
                return new GroupModel(pattern, dayTypes, RhythmGroups.one(dayTypes), DEFAULT_STRENGTH, engage);
            }
            double[][] engaged = rhythms.toArray(double[][]::new);
            double[][] exposed = exposures.toArray(double[][]::new);
            RhythmGroups groups = RhythmGroups.fit(engaged, exposed, dayTypes);
            // Each customer's expected shares of engagement: their prior seen through their exposure.
            double[][] means = new double[engaged.length][];
            for (int i = 0; i < engaged.length; i++) {
                double[] prior = groups.prior(engaged[i], exposed[i]);
                for (int t = 0; t < prior.length; t++) {
                    prior[t] *= exposed[i][t];
                }
                double total = Posterior.total(prior);
                means[i] = Arrays.stream(prior).map(share -> share / total).toArray();
            }
            return new GroupModel(pattern, dayTypes, groups, DirichletMultinomial.fitConcentration(means, engaged, LOWEST_STRENGTH,
                    HIGHEST_STRENGTH), engage);
        }
    }

    /** When a group model was built, for the cache that keeps it {@code kept}. */
    record Built(GroupModel model, Instant at) {
        boolean fresh(Instant now, Duration kept) {
            return Duration.between(at, now).abs().compareTo(kept) <= 0;
        }
    }
}
