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
 * keeps phases nobody was watched in at 1. The posterior mode is reached by coordinate ascent, each
 * step the exact maximiser of one factor given the other: b(d) = Σ_s E / Σ_s T A, then
 * A(h) = (Σ_{s+d≡h} E + k) / (Σ_{s+d≡h} T b + k), until no value moves by more than 1e-12 of itself
 * or for at most 10,000 rounds. Starts spread over the cycle converge in a few hundred;
 * where only the prior links some phases to others (starts at a few phases), each round closes
 * only k / (E + k) of the gap, and the cap can leave values about 1e-3 from the mode.
 * Finally A is scaled to mean 1 and b the other way, so b is the rate at average activity. With one
 * start phase the factors cannot be told apart and the estimate is the Poisson rate of each period
 * with A = 1.
 *
 * @param rates    b(d) for d = 0 … periods − 1, each period's cumulative hazard at average activity
 * @param activity A(h) for h = 0 … cycle − 1, mean 1
 * @param subjects how many observations the estimate rests on
 */
public record CyclicHazard(double[] rates, double[] activity, int subjects) {
    /** The prior's weight: one event's worth at average activity. */
    public static final double PRIOR_EVENTS = 1;
    private static final int MAX_ROUNDS = 10_000;
    private static final double CONVERGED = 1e-12;

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
        Objects.requireNonNull(startPhase, "null startPhase");
        Cells cells = Cells.of(startPhase, Objects.requireNonNull(eventAt, "null eventAt"),
                Objects.requireNonNull(observed, "null observed"), periods, cycle);
        double[] rates = new double[periods];
        double[] activity = new double[cycle];
        Arrays.fill(activity, 1);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean moved = cells.fitRates(activity, rates);
            moved |= cells.fitActivity(rates, activity);
            if (!moved) {
                break;
            }
        }
        double mean = Arrays.stream(activity).average().orElse(1);
        for (int h = 0; h < cycle; h++) {
            activity[h] /= mean;
        }
        for (int d = 0; d < periods; d++) {
            rates[d] *= mean;
        }
        return new CyclicHazard(rates, activity, eventAt.length);
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    @Override
    public double[] activity() {
        return activity.clone();
    }

    /** Events and person-time by start phase and period. */
    private record Cells(double[][] events, double[][] time, int periods, int cycle) {
        static Cells of(int[] startPhase, int[] eventAt, int[] observed, int periods, int cycle) {
            if (startPhase.length != eventAt.length || eventAt.length != observed.length || periods < 1 || cycle < 1) {
                throw new IllegalArgumentException("need a start phase, an event period and observed periods per subject, and at least one"
                        + " period and phase");
            }
            double[][] events = new double[cycle][periods];
            double[][] time = new double[cycle][periods];
            for (int i = 0; i < eventAt.length; i++) {
                int phase = startPhase[i];
                if (phase < 0 || phase >= cycle || eventAt[i] < -1 || eventAt[i] == -1 && observed[i] < 0) {
                    throw new IllegalArgumentException("start phases are 0 to " + (cycle - 1) + ", event periods −1 or more, observed"
                            + " periods 0 or more");
                }
                boolean event = eventAt[i] >= 0;
                int watched = Math.min(event ? eventAt[i] : observed[i], periods);
                for (int d = 0; d < watched; d++) {
                    time[phase][d]++;
                }
                if (event && eventAt[i] < periods) {
                    events[phase][eventAt[i]]++;
                    time[phase][eventAt[i]] += 0.5;
                }
            }
            return new Cells(events, time, periods, cycle);
        }

        /** b(d) = Σ_s E / Σ_s T A; whether any moved. */
        boolean fitRates(double[] activity, double[] rates) {
            boolean moved = false;
            for (int d = 0; d < periods; d++) {
                double events = 0;
                double expected = 0;
                for (int s = 0; s < cycle; s++) {
                    events += this.events[s][d];
                    expected += time[s][d] * activity[(s + d) % cycle];
                }
                moved |= update(rates, d, events > 0 ? events / expected : 0);
            }
            return moved;
        }

        /** A(h) = (Σ E + k) / (Σ T b + k) over the cells that fall on phase h; whether any moved. */
        boolean fitActivity(double[] rates, double[] activity) {
            double[] events = new double[cycle];
            double[] expected = new double[cycle];
            for (int s = 0; s < cycle; s++) {
                for (int d = 0; d < periods; d++) {
                    int h = (s + d) % cycle;
                    events[h] += this.events[s][d];
                    expected[h] += time[s][d] * rates[d];
                }
            }
            boolean moved = false;
            for (int h = 0; h < cycle; h++) {
                moved |= update(activity, h, (events[h] + PRIOR_EVENTS) / (expected[h] + PRIOR_EVENTS));
            }
            return moved;
        }

        private static boolean update(double[] values, int index, double value) {
            boolean moved = Math.abs(value - values[index]) > CONVERGED * Math.abs(value);
            values[index] = value;
            return moved;
        }
    }
}
