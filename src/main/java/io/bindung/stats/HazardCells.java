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

    /** A Newton direction in (θ, φ), and ∇L · (Δθ, Δφ): how fast L rises along it. */
    record Step(double[] rates, double[] activity, double slope) {
    }

    /**
     * The Newton direction (Δθ, Δφ) solving −∇²L Δ = ∇L = (g_θ, g_φ). −∇²L is [[D_θ, B], [Bᵀ, D_φ]] with
     * D_θ and D_φ diagonal (expected events per period; per phase plus the prior's k e^φ) and B(d, h) the
     * expected events of the one cell of period d on phase h, so (D_φ − Bᵀ D_θ⁻¹ B) Δφ = g_φ − Bᵀ D_θ⁻¹ g_θ
     * and Δθ = D_θ⁻¹ (g_θ − B Δφ).
     */
    Step newtonStep(double[] logRates, double[] logActivity) {
        double[][] expected = new double[periods][cycle];
        double[] rateGradient = new double[periods];
        double[] rateCurvature = new double[periods];
        double[] activityGradient = new double[cycle];
        double[][] schur = new double[cycle][cycle];
        for (int d = 0; d < periods; d++) {
            if (periodEvents[d] == 0) {
                continue;
            }
            for (int s = 0; s < cycle; s++) {
                int h = (s + d) % cycle;
                double cell = time[s][d] * Math.exp(logRates[d] + logActivity[h]);
                expected[d][h] += cell;
                rateCurvature[d] += cell;
                rateGradient[d] += events[s][d] - cell;
                activityGradient[h] += events[s][d] - cell;
                schur[h][h] += cell;
            }
        }
        double[] right = new double[cycle];
        for (int h = 0; h < cycle; h++) {
            double prior = CyclicHazard.PRIOR_EVENTS * Math.exp(logActivity[h]);
            activityGradient[h] += CyclicHazard.PRIOR_EVENTS - prior;
            schur[h][h] += prior;
            right[h] = activityGradient[h];
        }
        for (int d = 0; d < periods; d++) {
            double[] row = expected[d];
            for (int h = 0; h < cycle && periodEvents[d] > 0; h++) {
                right[h] -= row[h] * rateGradient[d] / rateCurvature[d];
                for (int j = h; j < cycle && row[h] != 0; j++) {
                    schur[h][j] -= row[h] * row[j] / rateCurvature[d];
                }
            }
        }
        for (int h = 0; h < cycle; h++) {
            for (int j = 0; j < h; j++) {
                schur[h][j] = schur[j][h];
            }
        }
        double[] activityStep = new CholeskyDecomposition(new Array2DRowRealMatrix(schur, false), SYMMETRY, POSITIVITY).getSolver()
                .solve(new ArrayRealVector(right, false)).toArray();
        double[] rateStep = new double[periods];
        double slope = 0;
        for (int d = 0; d < periods; d++) {
            if (periodEvents[d] == 0) {
                continue;
            }
            double coupled = 0;
            for (int h = 0; h < cycle; h++) {
                coupled += expected[d][h] * activityStep[h];
            }
            rateStep[d] = (rateGradient[d] - coupled) / rateCurvature[d];
            slope += rateGradient[d] * rateStep[d];
        }
        for (int h = 0; h < cycle; h++) {
            slope += activityGradient[h] * activityStep[h];
        }
        return new Step(rateStep, activityStep, slope);
    }
}
