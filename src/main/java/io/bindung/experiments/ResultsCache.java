package io.bindung.experiments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each experiment's live {@link Totals} up to date incrementally on SQLite, whose single
 * writer commits events in id order: the totals computed at a watermark (the newest event and
 * event rewrite) plus, for every customer touched since (a new event of a metric or exposure, an
 * event timed between the two results' end times, or events adopted from an anonymous visitor),
 * their totals now minus their totals then. A result then costs time in proportion to what changed,
 * not to the experiment's size. It computes in full when there is no earlier result for the same
 * phase and definition, when a customer was deleted since (their events are gone), when the end
 * time went back, when many customers changed, and when the earlier result is older than
 * {@link #STALE_NANOS} (the rewrites it needs are pruned after a day). Past results ({@code asOf})
 * and PostgreSQL always compute in full. Thread-safe.
 */
final class ResultsCache {
    private static final long STALE_NANOS = Duration.ofHours(12).toNanos();
    private static final Duration REWRITES_KEPT = Duration.ofDays(1);
    private static final long PRUNE_EVERY_NANOS = Duration.ofHours(1).toNanos();
    /** Above this many changed customers (or a tenth of the exposures) one full computation is cheaper. */
    private static final int MAX_TOUCHED = 20_000;

    private final ExposureQuery query;
    private final boolean incremental;
    private final Counter fullComputations;
    private final Counter incrementalComputations;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile long prunedAt = System.nanoTime();

    /** A metric as computed: its definition and, with CUPED, the covariate's lookback. */
    record Measure(Metric metric, Optional<Duration> lookback) {
    }

    /** What a cached result is for, and what it saw. */
    private record Entry(String definition, Instant since, Instant until, ExposureQuery.Watermark watermark, long computedAt,
                         Totals totals) {
    }

    ResultsCache(ExposureQuery query, boolean incremental, MeterRegistry registry) {
        this.query = query;
        this.incremental = incremental;
        this.fullComputations = computations(registry, "full");
        this.incrementalComputations = computations(registry, "incremental");
    }

    private static Counter computations(MeterRegistry registry, String kind) {
        return Counter.builder("bindung.experiments.results").tag("computation", kind)
                .description("experiment results computed in full or updated incrementally").register(registry);
    }

    /**
     * The totals of {@code measures} for customers first exposed in [since, until); {@code live}
     * when {@code until} is now (or the stop) rather than a past time asked for.
     */
    Totals totals(Handle handle, StoredExperiment experiment, List<Measure> measures, Instant since, Instant until, boolean live) {
        String key = experiment.key();
        if (!incremental || !live) {
            fullComputations.increment();
            return full(handle, query.everyone(key, since, until), measures);
        }
        ExposureQuery.Watermark watermark = query.watermark(handle);
        String definition = experiment.definition().toString();
        Entry known = entries.get(key);
        Totals totals = usable(known, definition, since, until) && !query.deletedSince(handle, known.watermark().rewrites())
                ? updated(handle, known, measures, key, since, until)
                : null;
        if (totals == null) {
            fullComputations.increment();
            totals = full(handle, query.everyone(key, since, until), measures);
        } else {
            incrementalComputations.increment();
        }
        entries.put(key, new Entry(definition, since, until, watermark, System.nanoTime(), totals));
        return totals;
    }

    private static boolean usable(Entry known, String definition, Instant since, Instant until) {
        return known != null && known.definition().equals(definition) && known.since().equals(since)
                && !until.isBefore(known.until()) && System.nanoTime() - known.computedAt() < STALE_NANOS;
    }

    /** The known totals with the touched customers' totals now in place of theirs then; null when too many changed. */
    private Totals updated(Handle handle, Entry known, List<Measure> measures, String key, Instant since, Instant until) {
        Set<String> names = new HashSet<>(Set.of(ExposureQuery.VIEWED));
        measures.forEach(measure -> names.addAll(eventNames(measure.metric())));
        Set<String> touched = query.touched(handle, names, known.watermark(), known.until(), until);
        if (touched.isEmpty()) {
            return known.totals();
        }
        long exposed = known.totals().exposures().values().stream().mapToLong(Long::longValue).sum();
        if (touched.size() > Math.max(MAX_TOUCHED, exposed / 10)) {
            return null;
        }
        Totals then = full(handle, query.these(key, since, known.until(), touched, known.watermark().events(),
                known.watermark().rewrites()), measures);
        Totals now = full(handle, query.these(key, since, until, touched), measures);
        return known.totals().plus(then, -1).plus(now, 1);
    }

    private Totals full(Handle handle, ExposureQuery.Scope scope, List<Measure> measures) {
        List<Map<String, MetricSums>> sums = new ArrayList<>();
        for (Measure measure : measures) {
            sums.add(query.sums(handle, scope, measure.metric(), measure.lookback()));
        }
        return new Totals(query.exposures(handle, scope), sums);
    }

    private static List<String> eventNames(Metric metric) {
        if (metric instanceof Metric.Ratio ratio) {
            return List.of(ratio.numerator().event(), ratio.denominator().event());
        }
        return List.of(((Metric.PerCustomer) metric).event());
    }

    /** Forgets event rewrites older than a day, at most once an hour; outside any read transaction. */
    void prune() {
        long now = System.nanoTime();
        if (incremental && now - prunedAt > PRUNE_EVERY_NANOS) {
            prunedAt = now;
            query.pruneRewrites(Instant.now().minus(REWRITES_KEPT));
        }
    }
}
