package io.bindung.segments;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.customers.CustomerStore;
import io.bindung.db.SqlCondition;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;
import io.bindung.http.Page;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code Query.segment}, {@code Query.segments}, {@code Query.customers} (all, or a segment's
 * members), the {@code Segment} fields computed now, and {@code Customer.segments}, batched: the
 * customers of one level of a query are checked against every saved segment with one statement
 * per segment, however many customers there are. Thread-safe.
 */
public final class SegmentGraph implements GraphQlFeature {
    private static final String MEMBERSHIPS = "segments.memberships";
    private static final int SEGMENTS_PAGE = 1000;

    private final Segments segments;

    public SegmentGraph(Segments segments) {
        this.segments = segments;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("segment", env -> segments.store().find(env.getArgument("id")).orElse(null))
                .dataFetcher("segments", env -> Connection.of(segments.store().list(Arguments.first(env), Arguments.after(env)),
                        SegmentStore::cursorOf))
                .dataFetcher("customers", this::customers));
        wiring.type("Segment", type -> type
                .dataFetcher("rules", env -> ((Segment) env.getSource()).rule())
                .dataFetcher("size", env -> segments.size(condition(env.getSource())))
                .dataFetcher("members", env -> members(condition(env.getSource()), env)));
        wiring.type("Customer", type -> type.dataFetcher("segments",
                env -> env.<String, List<Segment>>getDataLoader(MEMBERSHIPS).load(((Customer) env.getSource()).id())));
    }

    @Override
    public void loaders(DataLoaderRegistry registry) {
        BatchLoader<String, List<Segment>> memberships = ids -> CompletableFuture.completedFuture(memberships(ids));
        DataLoader<String, List<Segment>> loader = DataLoaderFactory.newDataLoader(memberships);
        registry.register(MEMBERSHIPS, loader);
    }

    private Connection<Customer> customers(DataFetchingEnvironment env) {
        Optional<String> segmentId = Arguments.text(env, "segmentId");
        SqlCondition condition = segmentId.isEmpty() ? SqlCondition.ALWAYS : segments.condition(segmentId.get())
                .orElseThrow(() -> new ApiException.NotFound("No segment with id '" + segmentId.get() + "'."));
        return members(condition, env);
    }

    private Connection<Customer> members(SqlCondition condition, DataFetchingEnvironment env) {
        Page<Customer> page = segments.customers(condition, Arguments.first(env), Arguments.after(env));
        return Connection.of(page, CustomerStore::cursorOf);
    }

    private SqlCondition condition(Segment segment) {
        return segments.condition(RuleParser.parse(segment.rule(), "rule"));
    }

    /** Each customer's segments, in the order of the ids. */
    private List<List<Segment>> memberships(List<String> customerIds) {
        Map<String, List<Segment>> byCustomer = new HashMap<>();
        for (Segment segment : all()) {
            Set<String> members = segments.members(condition(segment), customerIds);
            members.forEach(id -> byCustomer.computeIfAbsent(id, key -> new ArrayList<>()).add(segment));
        }
        return customerIds.stream().map(id -> byCustomer.getOrDefault(id, List.of())).toList();
    }

    private List<Segment> all() {
        List<Segment> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Segment> page = segments.store().list(SEGMENTS_PAGE, cursor);
            all.addAll(page.data());
            cursor = Optional.ofNullable(page.nextCursor());
        } while (cursor.isPresent());
        return all;
    }
}
