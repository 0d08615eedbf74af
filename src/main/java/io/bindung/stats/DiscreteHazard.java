package io.bindung.stats;

import java.util.Objects;

/**
 * The Kaplan–Meier estimate of a discrete time-to-event distribution in whole periods (hours from a
 * send to its first engagement), with right censoring (sends still being watched, or never engaged).
 *
 * <p>For period d, the hazard is h(d) = E_d / R_d: E_d subjects had their event in period d, and
 * R_d were at risk, their event in period d or later, or censored after observing more than d whole
 * periods; S(k) = Π_{d<k} (1 − h(d)) is the chance of no event in the first k periods (Kaplan and
 * Meier 1958, "Nonparametric estimation from incomplete observations", JASA 53). Periods nobody was at
 * risk in get h = 0. Equal to SciPy's {@code scipy.stats.ecdf} survival on {@code CensoredData}
 * with events at d + ½ and censoring at the observed periods.
 *
 * @param hazards h(0) … h(periods − 1)
 * @param subjects how many observations the estimate rests on
 */
public record DiscreteHazard(double[] hazards, int subjects) {
    public DiscreteHazard {
        hazards = Objects.requireNonNull(hazards, "null hazards").clone();
        for (double hazard : hazards) {
            if (!(hazard >= 0 && hazard <= 1)) {
                throw new IllegalArgumentException("hazards are chances from 0 to 1, got " + hazard);
            }
        }
    }

    /**
     * @param eventAt  per subject, the period of its event, or −1 when it had none (censored)
     * @param observed per subject without an event, the whole periods observed; ignored otherwise
     * @param periods  how many periods to estimate
     */
    public static DiscreteHazard estimate(int[] eventAt, int[] observed, int periods) {
        Objects.requireNonNull(eventAt, "null eventAt");
        Objects.requireNonNull(observed, "null observed");
        if (eventAt.length != observed.length || periods < 1) {
            throw new IllegalArgumentException("need as many event periods as observed periods, and at least one period");
        }
        long[] events = new long[periods];
        // leaving[d]: subjects no longer at risk after period d (event in d, or censored after d + 1 periods).
        long[] leaving = new long[periods];
        int atRisk = 0;
        for (int i = 0; i < eventAt.length; i++) {
            if (eventAt[i] < -1 || eventAt[i] == -1 && observed[i] < 0) {
                throw new IllegalArgumentException("event periods are −1 or more, observed periods 0 or more");
            }
            int last = eventAt[i] >= 0 ? eventAt[i] : observed[i] - 1;
            if (last < 0) {
                continue;
            }
            atRisk++;
            if (eventAt[i] >= 0 && eventAt[i] < periods) {
                events[eventAt[i]]++;
            }
            if (last < periods) {
                leaving[last]++;
            }
        }
        double[] hazards = new double[periods];
        long risk = atRisk;
        for (int d = 0; d < periods; d++) {
            hazards[d] = risk == 0 ? 0 : (double) events[d] / risk;
            risk -= leaving[d];
        }
        return new DiscreteHazard(hazards, eventAt.length);
    }

    /** h(d), 0 beyond the periods estimated. */
    public double hazard(int d) {
        if (d < 0) {
            throw new IllegalArgumentException("periods start at 0, got " + d);
        }
        return d < hazards.length ? hazards[d] : 0;
    }

    /** S(k): the chance of no event in the first {@code k} periods. */
    public double survival(int k) {
        double survival = 1;
        for (int d = 0; d < Math.min(k, hazards.length); d++) {
            survival *= 1 - hazards[d];
        }
        return survival;
    }

    @Override
    public double[] hazards() {
        return hazards.clone();
    }
}
