package io.bindung.stats;

import java.util.List;
import java.util.Objects;

/**
 * A factorial experiment analysed as a fixed-effects ANOVA ({@link Factorial#analyse}). Degenerate data
 * never give NaN or infinities: figures that cannot be computed are {@code null} and
 * {@code explanations} says why.
 *
 * @param terms                    the Type III F test of every main effect and interaction: main effects
 *                                 first, then two-factor interactions and so on, each size in
 *                                 lexicographic order of its factors ([0], [1], [0, 1] for two factors)
 * @param overall                  the test that all cell means are equal (one-way ANOVA across cells)
 * @param mainEffects              each factor's marginal level means and differences from level 0, in
 *                                 factor order; empty when a cell has no units
 * @param residualDegreesOfFreedom N − C, or 0 when that is not positive
 * @param meanSquaredError         the pooled within-cell variance MSE; {@code null} when a cell has no
 *                                 units or N − C is not positive
 * @param explanations             plain-language notes on degenerate input; empty when all is regular
 */
public record FactorialAnalysis(List<FactorialTerm> terms, FactorialTerm overall, List<FactorialEffect> mainEffects,
                                long residualDegreesOfFreedom, Double meanSquaredError, List<String> explanations) {
    public FactorialAnalysis {
        terms = List.copyOf(terms);
        Objects.requireNonNull(overall, "null overall");
        mainEffects = List.copyOf(mainEffects);
        explanations = List.copyOf(explanations);
        if (residualDegreesOfFreedom < 0 || meanSquaredError != null && !(meanSquaredError >= 0 && Double.isFinite(meanSquaredError))) {
            throw new IllegalArgumentException("need residualDegreesOfFreedom >= 0 and a finite meanSquaredError >= 0");
        }
    }
}
