package io.bindung.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;

/**
 * Events and person-time by start phase and period for {@link CyclicHazard}, and the log-posterior
 * L(θ, φ) of its model with its gradient and Newton direction. θ_d is −∞ for a period without events.
 */
record HazardCells(double[][] events, double[][] time, double[] periodEvents, int periods, int cycle) {
    /** Cholesky's thresholds: the Schur complement is symmetric by construction and positive definite (the prior). */
    private static final double SYMMETRY = 1e-12;
    private static final double POSITIVITY = 1e-300;

    static HazardCells of(int[] startPhase, int[] eventAt, int[] observed, int periods, int cycle) {
        if (startPhase.length != eventAt.length || eventAt.length != observed.length || periods < 1 || cycle < 1) {
            throw new IllegalArgumentException("need a start phase, an event period and observed periods per subject, and at least one"
                    + " period and phase");
        }
        double[][] events = new double[cycle][periods];
        double[][] time = new double[cycle][periods];
        // leaving[s][w]: subjects starting at s watched through exactly w whole periods (w ≤ periods).
        long[][] leaving = new long[cycle][periods + 1];
        for (int i = 0; i < eventAt.length; i++) {
            int phase = startPhase[i];
            if (phase < 0 || phase >= cycle || eventAt[i] < -1 || eventAt[i] == -1 && observed[i] < 0) {
                throw new IllegalArgumentException("start phases are 0 to " + (cycle - 1) + ", event periods −1 or more, observed"
                        + " periods 0 or more");
            }
            boolean event = eventAt[i] >= 0;
            leaving[phase][Math.min(event ? eventAt[i] : observed[i], periods)]++;
            if (event && eventAt[i] < periods) {
                events[phase][eventAt[i]]++;
                time[phase][eventAt[i]] += 0.5;
            }
        }
        double[] periodEvents = new double[periods];
        for (int s = 0; s < cycle; s++) {
            long stillWatched = 0;
            for (int d = periods - 1; d >= 0; d--) {
                stillWatched += leaving[s][d + 1];
                time[s][d] += stillWatched;
                periodEvents[d] += events[s][d];
            }
        }
        return new HazardCells(events, time, periodEvents, periods, cycle);
    }

    /** ln(Σ_s E / Σ_s T) per period, the estimate with A = 1; −∞ for a period without events. */
    double[] poissonLogRates() {
        double[] logRates = new double[periods];
        for (int d = 0; d < periods; d++) {
            double time = 0;
            for (int s = 0; s < cycle; s++) {
                time += this.time[s][d];
            }
            logRates[d] = periodEvents[d] > 0 ? Math.log(periodEvents[d] / time) : Double.NEGATIVE_INFINITY;
        }
        return logRates;
    }

    /** L = Σ_{s,d} [E (θ_d + φ_h) − T e^(θ_d + φ_h)] + Σ_h [k φ_h − k e^(φ_h)]. */
    double objective(double[] logRates, double[] logActivity) {
        double objective = 0;
        for (int s = 0; s < cycle; s++) {
            for (int d = 0; d < periods; d++) {
                if (periodEvents[d] > 0) {
                    double log = logRates[d] + logActivity[(s + d) % cycle];
                    objective += events[s][d] * log - time[s][d] * Math.exp(log);
                }
            }
        }
        for (double log : logActivity) {
            objective += CyclicHazard.PRIOR_EVENTS * (log - Math.exp(log));
        }
        return objective;
    }

    /** ∇L · (Δθ, Δφ): how fast L rises along the direction. */
    double slope(double[] logRates, double[] logActivity, double[][] direction) {
        Gradient gradient = gradient(logRates, logActivity);
        double slope = 0;
        for (int d = 0; d < periods; d++) {
            slope += periodEvents[d] > 0 ? gradient.rates()[d] * direction[0][d] : 0;
        }
        for (int h = 0; h < cycle; h++) {
            slope += gradient.activity()[h] * direction[1][h];
        }
        return slope;
    }

    /**
     * The Newton direction (Δθ, Δφ) solving −∇²L Δ = ∇L. −∇²L is [[D_θ, B], [Bᵀ, D_φ]] with D_θ and D_φ
     * diagonal and B(d, h) the expected events of the one cell of period d on phase h, so
     * (D_φ − Bᵀ D_θ⁻¹ B) Δφ = g_φ − Bᵀ D_θ⁻¹ g_θ and Δθ = D_θ⁻¹ (g_θ − B Δφ).
     */
    double[][] newtonStep(double[] logRates, double[] logActivity) {
        Gradient gradient = gradient(logRates, logActivity);
        double[][] mixed = new double[periods][cycle];
        double[] rateCurvature = new double[periods];
        double[] schur = gradient.activityCurvature().clone();
        double[][] system = new double[cycle][cycle];
        double[] right = gradient.activity().clone();
        for (int d = 0; d < periods; d++) {
            if (periodEvents[d] == 0) {
                continue;
            }
            for (int s = 0; s < cycle; s++) {
                double expected = time[s][d] * Math.exp(logRates[d] + logActivity[(s + d) % cycle]);
                mixed[d][(s + d) % cycle] += expected;
                rateCurvature[d] += expected;
            }
            double[] row = mixed[d];
            for (int h = 0; h < cycle; h++) {
                right[h] -= row[h] * gradient.rates()[d] / rateCurvature[d];
                for (int j = h; j < cycle && row[h] != 0; j++) {
                    system[h][j] -= row[h] * row[j] / rateCurvature[d];
                }
            }
        }
        for (int h = 0; h < cycle; h++) {
            system[h][h] += schur[h];
            for (int j = 0; j < h; j++) {
                system[h][j] = system[j][h];
            }
        }
        double[] activityStep = new CholeskyDecomposition(new Array2DRowRealMatrix(system, false), SYMMETRY, POSITIVITY).getSolver()
                .solve(new ArrayRealVector(right, false)).toArray();
        double[] rateStep = new double[periods];
        for (int d = 0; d < periods; d++) {
            if (periodEvents[d] == 0) {
                continue;
            }
            double coupled = 0;
            for (int h = 0; h < cycle; h++) {
                coupled += mixed[d][h] * activityStep[h];
            }
            rateStep[d] = (gradient.rates()[d] - coupled) / rateCurvature[d];
        }
        return new double[][] {rateStep, activityStep};
    }

    /** ∂L/∂θ, ∂L/∂φ, and −∂²L/∂φ² (the φ block's diagonal: expected events plus the prior's k e^φ). */
    private record Gradient(double[] rates, double[] activity, double[] activityCurvature) {
    }

    private Gradient gradient(double[] logRates, double[] logActivity) {
        double[] rates = new double[periods];
        double[] activity = new double[cycle];
        double[] curvature = new double[cycle];
        for (int s = 0; s < cycle; s++) {
            for (int d = 0; d < periods; d++) {
                if (periodEvents[d] == 0) {
                    continue;
                }
                int h = (s + d) % cycle;
                double expected = time[s][d] * Math.exp(logRates[d] + logActivity[h]);
                rates[d] += events[s][d] - expected;
                activity[h] += events[s][d] - expected;
                curvature[h] += expected;
            }
        }
        for (int h = 0; h < cycle; h++) {
            double prior = CyclicHazard.PRIOR_EVENTS * Math.exp(logActivity[h]);
            activity[h] += CyclicHazard.PRIOR_EVENTS - prior;
            curvature[h] += prior;
        }
        return new Gradient(rates, activity, curvature);
    }
}
