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

    ExperimentResults(ExposureQuery query) {
        this.query = query;
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

    Results of(StoredExperiment experiment, ExperimentDefinition definition, Instant asOf) {
        return query.snapshot(handle -> of(handle, experiment, definition, asOf));
    }

    private Results of(Handle handle, StoredExperiment experiment, ExperimentDefinition definition, Instant asOf) {
        Instant from = experiment.phaseStartedAt().orElseThrow();
        List<Arm> arms = definition.arms();
        List<String> warnings = new ArrayList<>();
        long[] exposures = exposures(query.exposures(handle, experiment.key(), from, asOf), arms, warnings);
        List<ArmExposure> armExposures = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            armExposures.add(new ArmExposure(arms.get(i).key(), arms.get(i).control(), arms.get(i).weight(), exposures[i]));
        }
        List<String> keys = arms.stream().map(Arm::key).toList();
        AnalysisView.SrmView srm = AnalysisView.SrmView.of(SampleRatioMismatch.test(exposures, definition.weights()), keys);
        JsonNode source = definition.source();
        Analysed primary = metric(handle, "primary", source.get("primaryMetric"), experiment, definition, exposures, from, asOf);
        List<MetricResult> metrics = new ArrayList<>(List.of(primary.result()));
        for (String role : List.of("secondary", "guardrail")) {
            source.path(role + "Metrics").forEach(metric ->
                    metrics.add(metric(handle, role, metric, experiment, definition, exposures, from, asOf).result()));
        }
        PowerStatus power = power(primary, definition, exposures, from, asOf);
        String verdict = verdict(srm, primary.result(), definition, power);
        return new Results(experiment.key(), experiment.phase(), experiment.status(), from, asOf, armExposures, srm, metrics,
                power, verdict, warnings);
    }

    private Analysed metric(Handle handle, String role, JsonNode node, StoredExperiment experiment, ExperimentDefinition definition,
                            long[] exposures, Instant from, Instant asOf) {
        Metric metric = Metric.of(node);
        List<Arm> arms = definition.arms();
        Optional<Duration> lookback = metric instanceof Metric.PerCustomer ? definition.cupedLookback() : Optional.empty();
        Map<String, MetricSums> sums = query.sums(handle, experiment.key(), from, asOf, metric, lookback);
        MetricKind kind = kind(metric);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            samples.add(sample(kind, exposures[i], sums.getOrDefault(arms.get(i).key(), MetricSums.NONE)));
        }
        CupedView cupedView = null;
        if (lookback.isPresent()) {
            Cuped cuped = cuped(samples, arms, sums);
            samples = List.copyOf(cuped.adjusted());
            kind = MetricKind.MEAN;
            cupedView = new CupedView(lookback.get().toHours(), cuped.theta(), cuped.correlation(), cuped.varianceReduction());
        }
        int control = control(arms);
        List<String> keys = arms.stream().map(Arm::key).toList();
        Analysis analysis = kind.analyse(samples, control, definition.alpha(), Correction.HOLM, definition.options());
        List<String> warnings = new ArrayList<>();
        FactorialView factorial = factorial(definition, kind, keys, samples, warnings);
        MetricResult result = new MetricResult(role, node, AnalysisView.of(kind, keys, control, analysis, null), cupedView, factorial,
                warnings);
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
            covariates.add(new Mean(sample.n(), arm.sumZ(), arm.sumZZ()));
            products[i] = arm.sumXZ();
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

    private static Sample sample(MetricKind kind, long n, MetricSums sums) {
        return switch (kind) {
            case PROPORTION -> new Proportion(n, Math.round(sums.sumX()));
            case MEAN -> new Mean(n, sums.sumX(), sums.sumXX());
            case RATIO -> new Ratio(n, sums.sumX(), sums.sumXX(), sums.sumY(), sums.sumYY(), sums.sumXY());
        };
    }
}
