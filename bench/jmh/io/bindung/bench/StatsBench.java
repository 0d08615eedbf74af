package io.bindung.bench;

import io.bindung.stats.Analysis;
import io.bindung.stats.AnalysisOptions;
import io.bindung.stats.ChanceToBeBest;
import io.bindung.stats.Comparison;
import io.bindung.stats.Correction;
import io.bindung.stats.Mean;
import io.bindung.stats.Power;
import io.bindung.stats.Prior;
import io.bindung.stats.Proportion;
import io.bindung.stats.Ratio;
import io.bindung.stats.SampleRatioMismatch;
import io.bindung.stats.WelchTest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The statistics of one experiment, without database or HTTP (see bench/stats.sh and
 * docs/benchmarks.md): 6 arms with about 166,000 exposures each and 3 metrics, a conversion
 * (ordered), a revenue mean per exposure and a ratio (revenue per order).
 *
 * <p>{@link #experiment} is what one {@code GET /v1/experiments/{key}/results} computes from the
 * arms' totals, in its most expensive form (sequential testing and a prior): the samples, the
 * sample-ratio-mismatch test, the 3 Holm-adjusted analyses and the primary metric's power (the
 * exposures still needed for a 5% lift and the lift reachable now). {@link #experimentDefaults} is the
 * same with fixed-horizon tests and a flat prior. The other benchmarks time one piece each: an
 * analysis alone, the chance to be best of 6 arms, one Welch comparison, the mismatch test and power.
 *
 * <p>The totals come from 1,000,000 simulated exposures shaped as bench/ExperimentBench.java seeds
 * them (random arm, about 10% order, revenue 10–100 per order), with small lifts between arms so
 * that nothing is degenerate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StatsBench {
    private static final int ARMS = 6;
    private static final int EXPOSURES = 1_000_000;
    private static final int CONTROL = 0;
    private static final double ALPHA = 0.05;
    private static final double POWER = 0.8;
    private static final double MINIMUM_DETECTABLE_EFFECT = 0.05;
    private static final double[] WEIGHTS = {1, 1, 1, 1, 1, 1};
    private static final AnalysisOptions SEQUENTIAL_WITH_PRIOR =
            new AnalysisOptions(true, AnalysisOptions.DEFAULT_TUNING, new Prior(0, 0.3 * 0.3));

    private final long[] exposures = new long[ARMS];
    private final double[] converted = new double[ARMS];
    private final double[] revenue = new double[ARMS];
    private final double[] revenueSquares = new double[ARMS];
    private final double[] orders = new double[ARMS];
    private final double[] orderSquares = new double[ARMS];
    private final double[] revenueTimesOrders = new double[ARMS];

    private List<Proportion> conversions;
    private List<Mean> revenuePerExposure;
    private List<Ratio> revenuePerOrder;
    private double baselineRate;

    @Setup
    public void simulate() {
        SplittableRandom random = new SplittableRandom(11);
        for (int exposure = 0; exposure < EXPOSURES; exposure++) {
            int arm = random.nextInt(ARMS);
            exposures[arm]++;
            if (random.nextDouble() >= 0.10 * (1 + 0.01 * arm)) {
                continue;
            }
            int count = random.nextInt(10) == 0 ? 2 : 1;
            double spent = 0;
            for (int order = 0; order < count; order++) {
                spent += 10 + random.nextDouble() * 90;
            }
            converted[arm]++;
            revenue[arm] += spent;
            revenueSquares[arm] += spent * spent;
            orders[arm] += count;
            orderSquares[arm] += count * count;
            revenueTimesOrders[arm] += spent * count;
        }
        conversions = conversions();
        revenuePerExposure = revenuePerExposure();
        revenuePerOrder = revenuePerOrder();
        baselineRate = conversions.get(CONTROL).mean();
    }

    /** Everything one results request computes, with sequential testing and a prior. */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = "-Xmx256m")
    public void experiment(Blackhole blackhole) {
        results(SEQUENTIAL_WITH_PRIOR, blackhole);
    }

    /** Everything one results request computes, with the defaults (fixed horizon, flat prior). */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = "-Xmx256m")
    public void experimentDefaults(Blackhole blackhole) {
        results(AnalysisOptions.DEFAULTS, blackhole);
    }

    @Benchmark
    public Analysis proportions() {
        return Analysis.proportions(conversions, CONTROL, ALPHA, Correction.HOLM);
    }

    @Benchmark
    public Analysis proportionsSequentialPrior() {
        return Analysis.proportions(conversions, CONTROL, ALPHA, Correction.HOLM, SEQUENTIAL_WITH_PRIOR);
    }

    @Benchmark
    public Analysis means() {
        return Analysis.means(revenuePerExposure, CONTROL, ALPHA, Correction.HOLM);
    }

    @Benchmark
    public Analysis meansSequentialPrior() {
        return Analysis.means(revenuePerExposure, CONTROL, ALPHA, Correction.HOLM, SEQUENTIAL_WITH_PRIOR);
    }

    @Benchmark
    public Analysis ratios() {
        return Analysis.ratios(revenuePerOrder, CONTROL, ALPHA, Correction.HOLM, AnalysisOptions.DEFAULTS);
    }

    @Benchmark
    public Analysis ratiosSequentialPrior() {
        return Analysis.ratios(revenuePerOrder, CONTROL, ALPHA, Correction.HOLM, SEQUENTIAL_WITH_PRIOR);
    }

    /** The Bayesian chance to be best of the 6 conversion arms, which every analysis computes once. */
    @Benchmark
    public double[] chanceToBeBest() {
        return ChanceToBeBest.of(conversions);
    }

    /** One arm against control on the revenue mean, as every analysis does 5 times. */
    @Benchmark
    public Comparison welchComparison() {
        return WelchTest.compare(revenuePerExposure.get(CONTROL), revenuePerExposure.get(1), ALPHA);
    }

    @Benchmark
    public SampleRatioMismatch sampleRatioMismatch() {
        return SampleRatioMismatch.test(exposures, WEIGHTS);
    }

    @Benchmark
    public double powerSampleSize() {
        return Power.proportionSampleSize(baselineRate, MINIMUM_DETECTABLE_EFFECT, ALPHA, POWER);
    }

    @Benchmark
    public double powerReachableMde() {
        return Power.proportionReachableMde(baselineRate, smallestArm(), ALPHA, POWER).orElse(Double.NaN);
    }

    private void results(AnalysisOptions options, Blackhole blackhole) {
        blackhole.consume(SampleRatioMismatch.test(exposures, WEIGHTS));
        Analysis primary = Analysis.proportions(conversions(), CONTROL, ALPHA, Correction.HOLM, options);
        blackhole.consume(primary);
        blackhole.consume(Analysis.means(revenuePerExposure(), CONTROL, ALPHA, Correction.HOLM, options));
        blackhole.consume(Analysis.ratios(revenuePerOrder(), CONTROL, ALPHA, Correction.HOLM, options));
        double baseline = primary.arms().get(CONTROL).mean();
        blackhole.consume(Power.proportionSampleSize(baseline, MINIMUM_DETECTABLE_EFFECT, ALPHA, POWER));
        blackhole.consume(Power.proportionReachableMde(baseline, smallestArm(), ALPHA, POWER));
    }

    private List<Proportion> conversions() {
        List<Proportion> samples = new ArrayList<>(ARMS);
        for (int arm = 0; arm < ARMS; arm++) {
            samples.add(new Proportion(exposures[arm], Math.round(converted[arm])));
        }
        return samples;
    }

    private List<Mean> revenuePerExposure() {
        List<Mean> samples = new ArrayList<>(ARMS);
        for (int arm = 0; arm < ARMS; arm++) {
            samples.add(new Mean(exposures[arm], revenue[arm], revenueSquares[arm]));
        }
        return samples;
    }

    private List<Ratio> revenuePerOrder() {
        List<Ratio> samples = new ArrayList<>(ARMS);
        for (int arm = 0; arm < ARMS; arm++) {
            samples.add(new Ratio(exposures[arm], revenue[arm], revenueSquares[arm], orders[arm], orderSquares[arm],
                    revenueTimesOrders[arm]));
        }
        return samples;
    }

    private long smallestArm() {
        return Arrays.stream(exposures).min().orElse(0);
    }
}
