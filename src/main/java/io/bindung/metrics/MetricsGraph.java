package io.bindung.metrics;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.db.Database;
import io.bindung.db.SqlCondition;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;
import io.bindung.segments.Segments;

import java.time.Instant;
import java.util.Optional;

/** {@code Query.metrics}: retention metrics over a time range, for everyone or a segment. Thread-safe. */
public final class MetricsGraph implements GraphQlFeature {
    private final MetricsQuery query;
    private final Segments segments;
    private final Runnable awaitStoredEvents;

    public MetricsGraph(Database database, Segments segments, Runnable awaitStoredEvents) {
        this.query = new MetricsQuery(database, segments);
        this.segments = segments;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("metrics", this::metrics));
    }

    private RangeMetrics metrics(DataFetchingEnvironment env) {
        Instant from = env.getArgument("from");
        Instant to = env.getArgument("to");
        if (!from.isBefore(to)) {
            throw new ApiException.Invalid("to", "must be after from");
        }
        Optional<String> segmentId = Arguments.text(env, "segmentId");
        Optional<SqlCondition> segment = segmentId.map(id -> segments.condition(id)
                .orElseThrow(() -> new ApiException.NotFound("No segment with id '" + id + "'.")));
        awaitStoredEvents.run();
        return query.of(from, to, segmentId, segment);
    }
}
