package io.bindung.experiments;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.GraphQlFeature;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@code Query.experiment}, {@code Query.experiments} and {@code Experiment.results}. Thread-safe. */
final class ExperimentGraph implements GraphQlFeature {
    private final ExperimentStore store;
    private final BiFunction<StoredExperiment, Optional<Instant>, ExperimentResults.Results> results;

    ExperimentGraph(ExperimentStore store, BiFunction<StoredExperiment, Optional<Instant>, ExperimentResults.Results> results) {
        this.store = store;
        this.results = results;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("experiment", env -> store.find(env.getArgument("key")).orElse(null))
                .dataFetcher("experiments", env -> Connection.of(store.list(Arguments.first(env), Arguments.after(env)),
                        ExperimentStore::cursorOf)));
        wiring.type("Experiment", type -> type.dataFetcher("results", this::results));
    }

    /**
     * Null before the experiment started, as its REST route answers 409. The experiment is the
     * stored row itself: graphql-java unwraps its optional times.
     */
    private ExperimentResults.Results results(DataFetchingEnvironment env) {
        StoredExperiment experiment = env.getSource();
        if (experiment.phaseStartedAt().isEmpty()) {
            return null;
        }
        return results.apply(experiment, Optional.ofNullable(env.getArgument("asOf")));
    }
}
