package io.bindung.stats;

import java.util.List;

/**
 * The main effect of one factor of a {@link Factorial} analysis, on unweighted marginal means: the mean
 * of a level is the plain average of the cell means over every combination of the other factors'
 * levels, whatever the cells' sizes (the means Type III tests compare; R's {@code emmeans}).
 *
 * @param factor      the factor's index in the design
 * @param levelMeans  the marginal mean of each level, level 0 (control) first
 * @param differences each level from 1 on against level 0, in level order
 */
public record FactorialEffect(int factor, List<Double> levelMeans, List<FactorialDifference> differences) {
    public FactorialEffect {
        levelMeans = List.copyOf(levelMeans);
        differences = List.copyOf(differences);
        if (factor < 0 || levelMeans.size() < 2 || differences.size() != levelMeans.size() - 1) {
            throw new IllegalArgumentException("need a factor index >= 0, two or more level means and one difference per level after 0");
        }
        for (double mean : levelMeans) {
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException("level means must be finite");
            }
        }
    }
}
