package io.bindung.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * The hazard of a first event by whole period since a start (hours from a send to its first
 * engagement) when it is proportional to an activity that repeats with a cycle (the hours of the
 * week): a subject that started at phase s has, in period d, the rate b(d) · A((s + d) mod C). A
 * Kaplan–Meier estimate of sends that all go out at one hour mixes the two
 * factors: it sees the hours after that send hour as fast engagement. Starts spread over the cycle
 * separate them.
 *
 * <p>The model is piecewise exponential (Poisson regression with log link): in cell (s, d) the
 * events E are Poisson with mean T · b(d) · A((s + d) mod C), where T is the person-time at risk, a
 * whole period for each subject still watched after it and half of one for each subject whose event
 * fell in it (Holford 1980, "The analysis of rates and of survivorship using log-linear models",
 * Biometrics 36). Each A carries a Gamma(1 + k, k) prior with k = {@value #PRIOR_EVENTS} event, which
 * keeps phases nobody was watched in at 1. The posterior mode maximises, in θ = ln b and φ = ln A,
 * the concave Σ_{s,d} [E (θ_d + φ_h) − T e^(θ_d + φ_h)] + Σ_h [k φ_h − k e^(φ_h)], h = (s + d) mod C,
 * over the periods with an event (b = 0 for the others). Newton's method finds it: the Hessian's θ
 * block and φ block are each diagonal, so each step solves one C × C system (the Schur complement, by
 * Cholesky), halving the step until the objective rises enough (Armijo) or changes by less than its
 * rounding (1e-12 of itself: near the mode, where the full step is right), until a step moves no value
 * by more than 1e-10 of itself (the next would move it by about 1e-20). Finally A is scaled to mean 1
 * and b the other way, so b is the rate at average activity. With one start phase the factors cannot
 * be told apart and the estimate is the Poisson rate of each period with A = 1.
 *
 * @param rates    b(d) for d = 0 … periods − 1, each period's cumulative hazard at average activity
 * @param activity A(h) for h = 0 … cycle − 1, mean 1
 * @param subjects how many observations the estimate rests on
 */
public record CyclicHazard(double[] rates, double[] activity, int subjects) {
    /** The prior's weight: one event's worth at average activity. */
    public static final double PRIOR_EVENTS = 1;
    private static final int MAX_STEPS = 200;
    private static final double CONVERGED = 1e-10;
    private static final double ARMIJO = 1e-4;
    private static final double ROUNDING = 1e-12;

    public CyclicHazard {
        rates = Objects.requireNonNull(rates, "null rates").clone();
        activity = Objects.requireNonNull(activity, "null activity").clone();
    }

    /**
     * @param startPhase per subject, its start's phase in the cycle, 0 … cycle − 1
     * @param eventAt    per subject, the period of its event, or −1 when it had none (censored)
     * @param observed   per subject without an event, the whole periods observed; ignored otherwise
     * @param periods    how many periods to estimate
     * @param cycle      how many phases the activity repeats over
     */
    public static CyclicHazard estimate(int[] startPhase, int[] eventAt, int[] observed, int periods, int cycle) {
        HazardCells cells = HazardCells.of(Objects.requireNonNull(startPhase, "null startPhase"), Objects.requireNonNull(eventAt, "null eventAt"),
                Objects.requireNonNull(observed, "null observed"), periods, cycle);
        double[] logRates = cells.poissonLogRates();
        double[] logActivity = new double[cycle];
        double objective = cells.objective(logRates, logActivity);
        for (int round = 0; round < MAX_STEPS; round++) {
            HazardCells.Step step = cells.newtonStep(logRates, logActivity);
            double size = 1;
            double[] nextRates = moved(logRates, step.rates(), size);
            double[] nextActivity = moved(logActivity, step.activity(), size);
            double next = cells.objective(nextRates, nextActivity);
            while (next < objective + ARMIJO * size * step.slope() && !indistinguishable(next, objective) && size > 1e-12) {
                size /= 2;
                nextRates = moved(logRates, step.rates(), size);
                nextActivity = moved(logActivity, step.activity(), size);
                next = cells.objective(nextRates, nextActivity);
            }
            logRates = nextRates;
            logActivity = nextActivity;
            objective = next;
            if (size * Math.max(largest(step.rates()), largest(step.activity())) < CONVERGED) {
                break;
            }
        }
        double[] activity = Arrays.stream(logActivity).map(Math::exp).toArray();
        double mean = Arrays.stream(activity).average().orElse(1);
        double[] rates = Arrays.stream(logRates).map(logRate -> Math.exp(logRate) * mean).toArray();
        return new CyclicHazard(rates, Arrays.stream(activity).map(value -> value / mean).toArray(), eventAt.length);
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    @Override
    public double[] activity() {
        return activity.clone();
    }

    private static double[] moved(double[] values, double[] direction, double size) {
        double[] moved = values.clone();
        for (int i = 0; i < moved.length; i++) {
            if (Double.isFinite(moved[i])) {
                moved[i] += size * direction[i];
            }
        }
        return moved;
    }

    /** Near the mode L changes by less than its rounding, and the full Newton step is taken. */
    private static boolean indistinguishable(double next, double objective) {
        return Math.abs(next - objective) <= ROUNDING * Math.abs(objective);
    }

    private static double largest(double[] values) {
        return Arrays.stream(values).map(Math::abs).max().orElse(0);
    }
}
