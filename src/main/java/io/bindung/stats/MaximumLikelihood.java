package io.bindung.stats;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Maximum likelihood over positive parameters: Powell's BOBYQA (Powell 2009, "The BOBYQA algorithm for
 * bound constrained optimization without derivatives"; commons-math3) on the logarithms of the
 * parameters, starting from all parameters 1, with each parameter kept within [1e-6, 1e6]. The
 * callers rescale their data (time, money) so that 1 is a sensible start and the box is wide; an
 * estimate on its edge means the data do not determine that parameter.
 */
final class MaximumLikelihood {
    private static final double LOWEST = 1e-6;
    private static final double HIGHEST = 1e6;
    private static final double INITIAL_RADIUS = 1;
    private static final double STOPPING_RADIUS = 1e-10;
    private static final int MAX_EVALUATIONS = 50_000;

    private MaximumLikelihood() {
    }

    /** The parameters maximising {@code logLikelihood}, which receives parameters (not their logarithms). */
    static double[] maximise(ToDoubleFunction<double[]> logLikelihood, int dimension) {
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        Arrays.fill(lower, Math.log(LOWEST));
        Arrays.fill(upper, Math.log(HIGHEST));
        ObjectiveFunction objective = new ObjectiveFunction(logParameters -> {
            double value = logLikelihood.applyAsDouble(exp(logParameters));
            return Double.isFinite(value) ? value : -Double.MAX_VALUE;
        });
        try {
            double[] best = new BOBYQAOptimizer(2 * dimension + 1, INITIAL_RADIUS, STOPPING_RADIUS)
                    .optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MAXIMIZE,
                            new InitialGuess(new double[dimension]), new SimpleBounds(lower, upper))
                    .getPoint();
            return exp(best);
        } catch (TooManyEvaluationsException e) {
            throw new IllegalArgumentException("the likelihood has no maximum the optimiser can find", e);
        }
    }

    private static double[] exp(double[] logarithms) {
        double[] values = new double[logarithms.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(logarithms[i]);
        }
        return values;
    }
}
