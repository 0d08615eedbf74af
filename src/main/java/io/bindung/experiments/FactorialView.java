package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.stats.Factorial;
import io.bindung.stats.FactorialAnalysis;
import io.bindung.stats.FactorialDifference;
import io.bindung.stats.FactorialEffect;
import io.bindung.stats.FactorialTerm;
import io.bindung.stats.Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A multivariate experiment's {@link Factorial} analysis of one metric as the API answers it, with
 * factors and levels named as defined: Type III F tests of every main effect and interaction, the
 * overall test across cells, each factor's level means and differences from its first level, and
 * the cell with the highest mean (its comparison with the all-control cell is that cell's arm in
 * the metric's analysis).
 */
record FactorialView(List<TermView> terms, TermView overall, List<FactorView> mainEffects, long residualDegreesOfFreedom,
                     Double meanSquaredError, String bestCell, List<String> explanations) {

    /** A main effect (one factor) or an interaction (several), e.g. {@code color×size}. */
    record TermView(String term, List<String> factors, int degreesOfFreedom, long denominatorDegreesOfFreedom, Double statistic,
                    Double pValue) {
    }

    record FactorView(String factor, List<LevelView> levels) {
    }

    /** A level's marginal mean; from the second level on, its difference from the first with its t-test. */
    record LevelView(String level, double mean, AnalysisView.LiftView differenceFromFirst, Double statistic, Double pValue) {
    }

    /** The analysis of {@code cells} (in the definition's cell order) for the experiment's {@code factors}. */
    static FactorialView of(JsonNode factors, List<String> cellKeys, List<Sample> cells, double alpha) {
        int[] levels = new int[factors.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            levels[i] = factors.get(i).get("levels").size();
            names.add(factors.get(i).get("key").asText());
        }
        FactorialAnalysis analysis = Factorial.analyse(levels, cells, alpha);
        List<TermView> terms = analysis.terms().stream().map(term -> term(term, names)).toList();
        List<FactorView> effects = analysis.mainEffects().stream().map(effect -> factor(effect, factors.get(effect.factor()))).toList();
        return new FactorialView(terms, term(analysis.overall(), names), effects, analysis.residualDegreesOfFreedom(),
                analysis.meanSquaredError(), best(cellKeys, cells), analysis.explanations());
    }

    private static TermView term(FactorialTerm term, List<String> names) {
        List<String> factors = term.factors().stream().map(names::get).toList();
        return new TermView(String.join("×", factors), factors, term.degreesOfFreedom(), term.denominatorDegreesOfFreedom(),
                term.statistic(), term.pValue());
    }

    private static FactorView factor(FactorialEffect effect, JsonNode factor) {
        List<LevelView> levels = new ArrayList<>();
        JsonNode names = factor.get("levels");
        levels.add(new LevelView(names.get(0).asText(), effect.levelMeans().get(0), null, null, null));
        for (FactorialDifference difference : effect.differences()) {
            levels.add(new LevelView(names.get(difference.level()).asText(), effect.levelMeans().get(difference.level()),
                    AnalysisView.LiftView.of(difference.difference()), difference.statistic(), difference.pValue()));
        }
        return new FactorView(factor.get("key").asText(), levels);
    }

    /** The cell with the highest mean among those with units, or null when none has any. */
    private static String best(List<String> cellKeys, List<Sample> cells) {
        String best = null;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).n() > 0 && cells.get(i).mean() > highest) {
                highest = cells.get(i).mean();
                best = cellKeys.get(i);
            }
        }
        return best;
    }
}
