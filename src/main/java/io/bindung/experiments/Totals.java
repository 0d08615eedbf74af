package io.bindung.experiments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an experiment's results need from the database: exposures per arm (variation) and,
 * for each metric in the definition's order, its sums per arm.
 */
record Totals(Map<String, Long> exposures, List<Map<String, MetricSums>> metrics) {
    Totals {
        exposures = Map.copyOf(exposures);
        metrics = metrics.stream().map(Map::copyOf).toList();
    }

    /** These totals plus {@code sign} times {@code other}'s, for the same metrics. */
    Totals plus(Totals other, int sign) {
        Map<String, Long> exposed = new HashMap<>(exposures);
        other.exposures.forEach((arm, n) -> exposed.merge(arm, sign * n, Long::sum));
        exposed.values().removeIf(n -> n == 0);
        List<Map<String, MetricSums>> sums = new ArrayList<>();
        for (int metric = 0; metric < metrics.size(); metric++) {
            Map<String, MetricSums> combined = new HashMap<>(metrics.get(metric));
            other.metrics.get(metric).forEach((arm, more) -> combined.merge(arm, MetricSums.NONE.plus(more, sign),
                    (mine, delta) -> mine.plus(delta, 1)));
            sums.add(combined);
        }
        return new Totals(exposed, sums);
    }
}
