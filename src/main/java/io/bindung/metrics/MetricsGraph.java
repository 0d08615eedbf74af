package io.bindung.metrics;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.customers.CustomerStore;
import io.bindung.db.Database;
import io.bindung.db.Granularity;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Costly;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;
import io.bindung.segments.Segments;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code Query.metrics}: retention metrics over a time range, for everyone or a segment. Thread-safe. */
public final class MetricsGraph implements GraphQlFeature {
    private static final int MAX_PERIODS = 60;
    private static final int MAX_SERIES_PERIODS = 1000;
    private static final int MAX_INACTIVITY_DAYS = 3650;

    private static final String RFM = "metrics.rfm";
    private static final String ENGAGEMENT = "metrics.engagement";
    private static final String CLV = "metrics.clv";
    private static final String ANSWERS = "metrics.surveyAnswers";
    private static final int MAX_HORIZON_WEEKS = 520;

    private final MetricsQuery query;
    private final RetentionQuery retention;
    private final RfmQuery rfm;
    private final EngagementQuery engagement;
    private final LifetimeModel lifetime;
    private final SurveyAnswers surveyAnswers;
    private final CustomerStore customers;
    private final Clock clock;
    private final Segments segments;
    private final Runnable awaitStoredEvents;

    public MetricsGraph(Database database, Segments segments, CustomerStore customers, Map<String, Double> engagementWeights,
                        Clock clock, Runnable awaitStoredEvents) {
        this.customers = customers;
        this.query = new MetricsQuery(database);
        this.retention = new RetentionQuery(database);
        this.rfm = new RfmQuery(database);
        this.engagement = new EngagementQuery(database, engagementWeights);
        this.lifetime = new LifetimeModel(database, clock);
        this.surveyAnswers = new SurveyAnswers(database);
        this.clock = clock;
        this.segments = segments;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("metrics", new Costly<>(this::metrics))
                .dataFetcher("clvModel", env -> {
                    awaitStoredEvents.run();
                    return ClvModelView.of(lifetime.fitted());
                })
                .dataFetcher("churnRisk", this::churnRisk));
        wiring.type("ChurnRisk", type -> type.dataFetcher("customer",
                env -> customers.find(((ChurnRiskView) env.getSource()).customerId()).orElse(null)));
        wiring.type("Metrics", type -> type
                .dataFetcher("retention", new Costly<>(this::retention))
                .dataFetcher("historicClv", new Costly<>(env -> query.historicClv(env.getSource(),
                        Duration.ofDays(bounded(env.getArgument("inactivityDays"), "inactivityDays", MAX_INACTIVITY_DAYS)),
                        env.<Members>getLocalContext())))
                .dataFetcher("cohorts", new Costly<>(this::cohorts))
                .dataFetcher("rfm", new Costly<>(env -> {
                    RangeMetrics range = env.getSource();
                    return rfm.groups(range.to(), env.<Members>getLocalContext());
                }))
                .dataFetcher("averageEngagementScore", new Costly<>(env -> {
                    RangeMetrics range = env.getSource();
                    return engagement.average(range.from(), range.to(), env.<Members>getLocalContext());
                })));
        wiring.type("Customer", type -> type
                .dataFetcher("rfm", env -> env.<String, RfmQuery.Scores>getDataLoader(RFM).load(((Customer) env.getSource()).id()))
                .dataFetcher("clv", env -> env.<ClvKey, LifetimeModel.Prediction>getDataLoader(CLV).load(
                        new ClvKey(((Customer) env.getSource()).id(),
                                bounded(env.getArgument("horizonWeeks"), "horizonWeeks", MAX_HORIZON_WEEKS))))
                .dataFetcher("surveyAnswers", env -> env.<String, List<SurveyAnswers.Answer>>getDataLoader(ANSWERS)
                        .load(((Customer) env.getSource()).id())
                        .thenApply(answers -> answers.stream().filter(answer -> env.getArgument("survey") == null
                                || answer.survey().equals(env.getArgument("survey"))).toList()))
                .dataFetcher("engagementScore", env -> env.<EngagementKey, Double>getDataLoader(ENGAGEMENT).load(
                        new EngagementKey(((Customer) env.getSource()).id(),
                                bounded(env.getArgument("days"), "days", MAX_INACTIVITY_DAYS)))));
    }

    @Override
    public void loaders(DataLoaderRegistry registry) {
        BatchLoader<String, RfmQuery.Scores> scores = ids -> CompletableFuture.completedFuture(scores(ids));
        registry.register(RFM, DataLoaderFactory.newDataLoader(scores));
        BatchLoader<EngagementKey, Double> engagements = keys -> CompletableFuture.completedFuture(engagements(keys));
        registry.register(ENGAGEMENT, DataLoaderFactory.newDataLoader(engagements));
        BatchLoader<ClvKey, LifetimeModel.Prediction> values = keys -> CompletableFuture.completedFuture(values(keys));
        registry.register(CLV, DataLoaderFactory.newDataLoader(values));
        BatchLoader<String, List<SurveyAnswers.Answer>> answers = ids -> CompletableFuture.completedFuture(answers(ids));
        registry.register(ANSWERS, DataLoaderFactory.newDataLoader(answers));
    }

    private List<List<SurveyAnswers.Answer>> answers(List<String> customerIds) {
        awaitStoredEvents.run();
        Map<String, List<SurveyAnswers.Answer>> answers = surveyAnswers.of(customerIds);
        return customerIds.stream().map(id -> answers.getOrDefault(id, List.of())).toList();
    }

    /** A customer's value over a horizon. */
    private record ClvKey(String customerId, int horizonWeeks) {
    }

    /** One statement per distinct horizon among the keys. */
    private List<LifetimeModel.Prediction> values(List<ClvKey> keys) {
        awaitStoredEvents.run();
        Map<Integer, List<String>> customersByHorizon = new HashMap<>();
        keys.forEach(key -> customersByHorizon.computeIfAbsent(key.horizonWeeks(), weeks -> new ArrayList<>()).add(key.customerId()));
        Map<Integer, Map<String, LifetimeModel.Prediction>> values = new HashMap<>();
        customersByHorizon.forEach((weeks, customers) -> values.put(weeks, lifetime.predict(customers, weeks)));
        return keys.stream().map(key -> values.get(key.horizonWeeks()).get(key.customerId())).toList();
    }

    /** One customer's churn risk, as {@code ChurnRisk} shows it. */
    record ChurnRiskView(String customerId, double probabilityAlive, double churnRisk, long orders, Instant lastOrderAt,
                         Double valueAtRisk) {
    }

    private List<ChurnRiskView> churnRisk(DataFetchingEnvironment env) {
        int first = Arguments.first(env);
        int weeks = bounded(env.getArgument("horizonWeeks"), "horizonWeeks", MAX_HORIZON_WEEKS);
        awaitStoredEvents.run();
        return lifetime.everyone(weeks).stream()
                .filter(entry -> entry.getValue().churnRisk() != null)
                .map(entry -> new ChurnRiskView(entry.getKey().customerId(), entry.getValue().probabilityAlive(),
                        entry.getValue().churnRisk(), entry.getKey().orders(), entry.getKey().lastOrderAt(), entry.getValue().valueAtRisk()))
                .sorted(Comparator.comparingDouble(ChurnRiskView::churnRisk).reversed()
                        .thenComparing(view -> view.valueAtRisk() == null ? 0 : view.valueAtRisk(), Comparator.reverseOrder())
                        .thenComparing(ChurnRiskView::customerId))
                .limit(first)
                .toList();
    }

    /** A customer's engagement over the last {@code days} days. */
    private record EngagementKey(String customerId, int days) {
    }

    /** One statement per distinct number of days among the keys. */
    private List<Double> engagements(List<EngagementKey> keys) {
        awaitStoredEvents.run();
        Instant now = clock.instant();
        Map<Integer, List<String>> customersByDays = new HashMap<>();
        keys.forEach(key -> customersByDays.computeIfAbsent(key.days(), days -> new ArrayList<>()).add(key.customerId()));
        Map<Integer, Map<String, Double>> scores = new HashMap<>();
        customersByDays.forEach((days, customers) -> scores.put(days, engagement.scores(customers, now.minus(Duration.ofDays(days)), now)));
        return keys.stream().map(key -> scores.get(key.days()).getOrDefault(key.customerId(), 0.0)).toList();
    }

    private List<RfmQuery.Scores> scores(List<String> customerIds) {
        awaitStoredEvents.run();
        Map<String, RfmQuery.Scores> scores = rfm.of(customerIds, clock.instant());
        return customerIds.stream().map(scores::get).toList();
    }

    private List<RetentionQuery.Point> retention(DataFetchingEnvironment env) {
        RangeMetrics range = env.getSource();
        requireSeriesPeriods(range, granularity(env));
        int days = bounded(env.getArgument("inactivityDays"), "inactivityDays", MAX_INACTIVITY_DAYS);
        return retention.series(range.from(), range.to(), granularity(env), Duration.ofDays(days),
                env.<Members>getLocalContext());
    }

    private RetentionQuery.Matrix cohorts(DataFetchingEnvironment env) {
        RangeMetrics range = env.getSource();
        requireSeriesPeriods(range, granularity(env));
        int periods = bounded(env.getArgument("periods"), "periods", MAX_PERIODS);
        return retention.cohorts(range.from(), range.to(), granularity(env), periods, env.<Members>getLocalContext());
    }

    /** A series or cohort row per period of the range: a range of centuries by day would not fit in memory. */
    private static void requireSeriesPeriods(RangeMetrics range, Granularity granularity) {
        long periods = granularity.periods(range.from(), range.to());
        if (periods > MAX_SERIES_PERIODS) {
            throw new ApiException.Invalid("from", "the range holds " + periods + " " + granularity.name().toLowerCase(Locale.ROOT)
                    + " periods; at most " + MAX_SERIES_PERIODS);
        }
    }

    private static Granularity granularity(DataFetchingEnvironment env) {
        return Granularity.valueOf(env.getArgument("granularity"));
    }

    private static int bounded(Integer value, String name, int max) {
        if (value == null || value < 1 || value > max) {
            throw new ApiException.Invalid(name, "must be from 1 to " + max);
        }
        return value;
    }

    /** The members of the segment as of now, or everyone. */
    private Members members(Optional<String> segmentId) {
        return new Members(segmentId.map(id -> segments.condition(id)
                .orElseThrow(() -> new ApiException.NotFound("No segment with id '" + id + "'."))));
    }

    /** The range's metrics, with the segment's members as the local context of its fields (resolved once). */
    private DataFetcherResult<RangeMetrics> metrics(DataFetchingEnvironment env) {
        Instant from = env.getArgument("from");
        Instant to = env.getArgument("to");
        if (!from.isBefore(to)) {
            throw new ApiException.Invalid("to", "must be after from");
        }
        Optional<String> segmentId = Arguments.text(env, "segmentId");
        Members members = members(segmentId);
        awaitStoredEvents.run();
        return DataFetcherResult.<RangeMetrics>newResult().data(query.of(from, to, segmentId, members)).localContext(members).build();
    }
}
