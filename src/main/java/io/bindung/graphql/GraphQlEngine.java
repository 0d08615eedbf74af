package io.bindung.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.dataloader.DataLoaderRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GraphQL schema of {@code schema.graphqls} wired to the features' data fetchers, with the
 * limits every query meets: depth at most {@link #MAX_DEPTH}, complexity at most
 * {@link #MAX_COMPLEXITY} (each field 1 plus its children, a connection's children times its
 * {@code first}). {@link Costly} fetchers run on a pool of one thread per core (idle threads end
 * after a while). Thread-safe; each execution gets its own DataLoaders.
 */
public final class GraphQlEngine {
    static final int MAX_DEPTH = 12;
    static final int MAX_COMPLEXITY = 5000;
    private static final int DEFAULT_FIRST = 20;

    private final GraphQL graphQl;
    private final List<GraphQlFeature> features;

    public GraphQlEngine(List<GraphQlFeature> features) {
        this.features = List.copyOf(features);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(DateTimeScalar.INSTANCE)
                .scalar(ExtendedScalars.Json);
        features.forEach(feature -> feature.wire(wiring));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(schemaText()), wiring.build());
        this.graphQl = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ProblemHandler())
                .instrumentation(new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(MAX_DEPTH),
                        new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, complexity()), new InParallel(costlyFields()))))
                .build();
    }

    private static ThreadPoolExecutor costlyFields() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "graphql-costly-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Runs {@link Costly} fetchers on the executor; the others where graphql-java calls them. */
    private static final class InParallel extends SimplePerformantInstrumentation {
        private final Executor executor;

        InParallel(Executor executor) {
            this.executor = executor;
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            if (!(fetcher instanceof Costly<?> costly)) {
                return fetcher;
            }
            return environment -> CompletableFuture.supplyAsync(() -> {
                try {
                    return costly.get(environment);
                } catch (Exception e) {
                    throw e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
                }
            }, executor);
        }
    }

    /** The answer of one request, as the GraphQL spec shapes it; every error has {@code extensions.code}. */
    public Map<String, Object> execute(String query, String operationName, Map<String, Object> variables) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        features.forEach(feature -> feature.loaders(loaders));
        ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput()
                .query(query)
                .operationName(operationName)
                .variables(variables)
                .dataLoaderRegistry(loaders)
                .build());
        Map<String, Object> answer = new LinkedHashMap<>(result.toSpecification());
        if (!result.getErrors().isEmpty()) {
            answer.put("errors", coded(result.getErrors()));
        }
        return answer;
    }

    private static List<Map<String, Object>> coded(List<GraphQLError> errors) {
        List<Map<String, Object>> coded = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> specified = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.putIfAbsent("code", ErrorCode.of(error).name());
            specified.put("extensions", extensions);
            coded.add(specified);
        }
        return coded;
    }

    /** A field costs 1 plus its children's cost, times {@code first} on a connection. */
    private static FieldComplexityCalculator complexity() {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            int times = first instanceof Integer count ? Math.max(1, Math.min(count, Arguments.MAX_FIRST)) : 1;
            boolean connection = environment.getFieldDefinition().getArgument("first") != null;
            return 1 + childComplexity * (connection && first == null ? DEFAULT_FIRST : times);
        };
    }

    private static String schemaText() {
        try (InputStream in = GraphQlEngine.class.getResourceAsStream("/schema.graphqls")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphqls is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
