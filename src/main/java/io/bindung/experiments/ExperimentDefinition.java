package io.bindung.experiments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.stats.AnalysisOptions;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An experiment as its author defines it, validated by {@link ExperimentReader}.
 *
 * @param source         the JSON it was read from, answered back as it was sent
 * @param arms           the variants, or the cells of the full factorial of {@code factors}; one is control
 * @param trafficPercent the share of eligible customers who enter
 * @param segmentId      only customers in this segment are eligible
 * @param namespace      makes experiments in the same namespace mutually exclusive
 * @param options        sequential or fixed-horizon results, tuning parameter, prior on the relative lift
 * @param cupedLookback  with CUPED, how far before the first exposure the covariate (the same metric) is measured
 */
record ExperimentDefinition(ObjectNode source, String key, String name, List<Arm> arms, double trafficPercent,
                            Optional<String> segmentId, Optional<Namespace> namespace, double alpha, double power,
                            AnalysisOptions options, Optional<Duration> cupedLookback) {
    ExperimentDefinition {
        Objects.requireNonNull(source, "null source");
        Objects.requireNonNull(options, "null options");
        Objects.requireNonNull(cupedLookback, "null cupedLookback");
        arms = List.copyOf(arms);
        if (arms.stream().filter(Arm::control).count() != 1) {
            throw new IllegalArgumentException("exactly one arm is control");
        }
    }

    double[] weights() {
        return arms.stream().mapToDouble(Arm::weight).toArray();
    }
}
