package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.stats.Analysis;
import io.bindung.stats.Correction;
import io.bindung.stats.Cuped;
import io.bindung.stats.Mean;
import io.bindung.stats.Proportion;
import io.bindung.stats.Ratio;
import io.bindung.stats.Sample;
import io.bindung.stats.SampleRatioMismatch;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment's results: exposures and sample-ratio mismatch, then every metric analysed with
 * {@link Analysis} (Holm-adjusted comparisons with control; sequential and with a prior when the
 * definition asks; ratio metrics such as revenue per order by the delta method, as gbstats; CUPED
 * on the pre-exposure value when the definition asks), the power status and a plain verdict on the
 * primary metric. Thread-safe.
 */
final class ExperimentResults {
    private final ExposureQuery query;
    private final ResultsCache cache;

    ExperimentResults(ExposureQuery query, ResultsCache cache) {
        this.query = query;
        this.cache = cache;
    }

    record ArmExposure(String key, boolean control, double weight, long exposures) {
    }

    /** How CUPED adjusted a metric: its lookback, θ, the pooled correlation and the share of variance removed. */
    record CupedView(long lookbackHours, double theta, double correlation, double varianceReduction) {
    }

    /** One metric's analysis; {@code factorial} only for a multivariate experiment. */
    record MetricResult(String role, JsonNode metric, AnalysisView.Answer analysis, CupedView cuped, FactorialView factorial,
                        List<String> warnings) {
    }

    record Results(String experiment, int phase, String status, Instant from, Instant asOf, List<ArmExposure> arms,
                   AnalysisView.SrmView sampleRatioMismatch, List<MetricResult> metrics, PowerStatus power, String verdict,
                   List<String> warnings) {
    }

    /** A metric's result with the samples it analysed. */
    private record Analysed(MetricResult result, MetricKind kind, List<Sample> samples) {
    }

    /** The results at {@code asOf}; {@code live} when that is now (or the stop) rather than a past time asked for. */
    Results of(StoredExperiment experiment, ExperimentDefinition definition, Instant asOf, boolean live) {
        cache.prune();
        return query.snapshot(handle -> of(handle, experiment, definition, asOf, live));
    }

    private Results of(Handle handle, StoredExperiment experiment, ExperimentDefinition definition, Instant asOf, boolean live) {
        Instant from = experiment.phaseStartedAt().orElseThrow();
        List<Arm> arms = definition.arms();
        List<Role> roles = roles(definition);
        List<ResultsCache.Measure> measures = roles.stream().map(role -> measure(role.node(), definition)).toList();
        Totals totals = cache.totals(handle, experiment, measures, from, asOf, live);
        List<String> warnings = new ArrayList<>();
        long[] exposures = exposures(totals.exposures(), arms, warnings);
        List<ArmExposure> armExposures = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            armExposures.add(new ArmExposure(arms.get(i).key(), arms.get(i).control(), arms.get(i).weight(), exposures[i]));
        }
        List<String> keys = arms.stream().map(Arm::key).toList();
        AnalysisView.SrmView srm = AnalysisView.SrmView.of(SampleRatioMismatch.test(exposures, definition.weights()), keys);
        List<Analysed> analysed = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            analysed.add(metric(roles.get(i), measures.get(i), totals.metrics().get(i), definition, exposures));
        }
        Analysed primary = analysed.get(0);
        PowerStatus power = power(primary, definition, exposures, from, asOf);
        String verdict = verdict(srm, primary.result(), definition, power);
        return new Results(experiment.key(), experiment.phase(), experiment.status(), from, asOf, armExposures, srm,
                analysed.stream().map(Analysed::result).toList(), power, verdict, warnings);
    }

    /** A metric of the definition and its role. */
    private record Role(String role, JsonNode node) {
    }

    /** The primary metric, then the secondary and guardrail ones, in the definition's order. */
    private static List<Role> roles(ExperimentDefinition definition) {
        JsonNode source = definition.source();
        List<Role> roles = new ArrayList<>(List.of(new Role("primary", source.get("primaryMetric"))));
        for (String role : List.of("secondary", "guardrail")) {
            source.path(role + "Metrics").forEach(metric -> roles.add(new Role(role, metric)));
        }
        return roles;
    }

    private static ResultsCache.Measure measure(JsonNode node, ExperimentDefinition definition) {
        Metric metric = Metric.of(node);
        return new ResultsCache.Measure(metric, metric instanceof Metric.PerCustomer ? definition.cupedLookback() : Optional.empty());
    }

    private static Analysed metric(Role role, ResultsCache.Measure measure, Map<String, MetricSums> sums,
                                   ExperimentDefinition definition, long[] exposures) {
        List<Arm> arms = definition.arms();
        MetricKind kind = kind(measure.metric());
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            samples.add(sample(kind, exposures[i], sums.getOrDefault(arms.get(i).key(), MetricSums.NONE)));
        }
        CupedView cupedView = null;
        if (measure.lookback().isPresent()) {
            Cuped cuped = cuped(samples, arms, sums);
            samples = List.copyOf(cuped.adjusted());
            kind = MetricKind.MEAN;
            cupedView = new CupedView(measure.lookback().get().toHours(), cuped.theta(), cuped.correlation(), cuped.varianceReduction());
        }
        int control = control(arms);
        List<String> keys = arms.stream().map(Arm::key).toList();
        Analysis analysis = kind.analyse(samples, control, definition.alpha(), Correction.HOLM, definition.options());
        List<String> warnings = new ArrayList<>();
        FactorialView factorial = factorial(definition, kind, keys, samples, warnings);
        MetricResult result = new MetricResult(role.role(), role.node(), AnalysisView.of(kind, keys, control, analysis, null), cupedView,
                factorial, warnings);
        return new Analysed(result, kind, samples);
    }

    /** The factorial analysis of a multivariate experiment's cells; a ratio metric has none. */
    private static FactorialView factorial(ExperimentDefinition definition, MetricKind kind, List<String> keys, List<Sample> samples,
                                           List<String> warnings) {
        JsonNode factors = definition.source().get("factors");
        if (factors == null) {
            return null;
        }
        if (kind == MetricKind.RATIO) {
            warnings.add("Ratio metrics get no factorial analysis; each cell is still compared with the all-control cell.");
            return null;
        }
        return FactorialView.of(factors, keys, samples, definition.alpha());
    }

    /** The metric's samples adjusted by the same metric before exposure (z in {@link MetricSums}). */
    private static Cuped cuped(List<Sample> samples, List<Arm> arms, Map<String, MetricSums> sums) {
        List<Mean> metrics = new ArrayList<>();
        List<Mean> covariates = new ArrayList<>();
        double[] products = new double[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            MetricSums arm = sums.getOrDefault(arms.get(i).key(), MetricSums.NONE);
            Sample sample = samples.get(i);
            metrics.add(sample instanceof Proportion p ? new Mean(p.n(), p.conversions(), p.conversions()) : (Mean) sample);
            boolean empty = sample.n() == 0;
            covariates.add(new Mean(sample.n(), empty ? 0 : arm.sumZ(), squares(sample.n(), arm.sumZ(), arm.sumZZ())));
            products[i] = empty ? 0 : arm.sumXZ();
        }
        return Cuped.adjust(metrics, covariates, products);
    }

    private static MetricKind kind(Metric metric) {
        if (metric instanceof Metric.PerCustomer perCustomer) {
            return perCustomer.binomial() ? MetricKind.PROPORTION : MetricKind.MEAN;
        }
        return MetricKind.RATIO;
    }

    /** The primary metric's power status; null for a ratio metric. */
    private static PowerStatus power(Analysed primary, ExperimentDefinition definition, long[] exposures, Instant from, Instant asOf) {
        if (primary.kind() == MetricKind.RATIO) {
            return null;
        }
        Sample control = primary.samples().get(control(definition.arms()));
        Double deviation = primary.kind() == MetricKind.PROPORTION ? null : Math.sqrt(control.variance());
        JsonNode mde = definition.source().get("minimumDetectableEffect");
        long smallest = Arrays.stream(exposures).min().orElse(0);
        return PowerStatus.of(control.mean(), deviation, mde == null ? null : mde.asDouble(), definition.alpha(), definition.power(),
                smallest, from, asOf);
    }

    /**
     * {@code sample ratio mismatch — do not trust}, {@code <arm> wins} (the best arm whose adjusted
     * p-value is below alpha with a positive lift), {@code control wins} (only significant losers),
     * {@code needs about N more exposures per arm} (a minimum detectable effect not yet reachable),
     * else {@code inconclusive}.
     */
    private static String verdict(AnalysisView.SrmView srm, MetricResult primary, ExperimentDefinition definition, PowerStatus power) {
        if (srm.mismatch()) {
            return "sample ratio mismatch — do not trust";
        }
        AnalysisView.ArmView best = null;
        boolean controlWins = false;
        for (AnalysisView.ArmView arm : primary.analysis().arms()) {
            if (arm.adjustedPValue() == null || arm.adjustedPValue() >= definition.alpha() || arm.absoluteLift() == null) {
                continue;
            }
            if (arm.absoluteLift().estimate() > 0) {
                best = best == null || arm.absoluteLift().estimate() > best.absoluteLift().estimate() ? arm : best;
            } else {
                controlWins = true;
            }
        }
        if (best != null) {
            return best.key() + " wins";
        }
        if (controlWins) {
            return "control wins";
        }
        if (power != null && power.requiredPerArm() != null && power.requiredPerArm() > power.smallestArm()) {
            return "needs about " + (power.requiredPerArm() - power.smallestArm()) + " more exposures per arm";
        }
        return "inconclusive";
    }

    /** Exposures in the arms' order; variations the experiment does not have are noted. */
    private static long[] exposures(Map<String, Long> counts, List<Arm> arms, List<String> warnings) {
        long[] exposures = new long[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            exposures[i] = counts.getOrDefault(arms.get(i).key(), 0L);
        }
        List<String> keys = arms.stream().map(Arm::key).toList();
        counts.forEach((variation, n) -> {
            if (!keys.contains(variation)) {
                warnings.add(n + " exposure(s) name variation '" + variation + "', which the experiment does not have; they are left out.");
            }
        });
        return exposures;
    }

    private static int control(List<Arm> arms) {
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).control()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The arm's sample; sums kept up to date by {@link ResultsCache} may carry rounding of the order
     * of 1e-12, so squares are held at or above what the sums require.
     */
    private static Sample sample(MetricKind kind, long n, MetricSums arm) {
        MetricSums sums = n == 0 ? MetricSums.NONE : arm;
        return switch (kind) {
            case PROPORTION -> new Proportion(n, Math.round(sums.sumX()));
            case MEAN -> new Mean(n, sums.sumX(), squares(n, sums.sumX(), sums.sumXX()));
            case RATIO -> new Ratio(n, sums.sumX(), squares(n, sums.sumX(), sums.sumXX()), sums.sumY(),
                    squares(n, sums.sumY(), sums.sumYY()), sums.sumXY());
        };
    }

    private static double squares(long n, double sum, double squares) {
        return n == 0 ? 0 : Math.max(squares, sum * sum / n);
    }
}
