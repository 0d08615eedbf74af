package io.bindung.experiments;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.Cursor;

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
                .dataFetcher("experiment", env -> store.find(env.getArgument("key")).map(StoredExperiment::view).orElse(null))
                .dataFetcher("experiments", env -> Connection.of(
                        store.list(Arguments.first(env), Arguments.after(env)).map(StoredExperiment::view),
                        experiment -> Cursor.encode(experiment.key()))));
        wiring.type("Experiment", type -> type.dataFetcher("results", this::results));
    }

    /** Null before the experiment started, as its REST route answers 409. */
    private ExperimentResults.Results results(DataFetchingEnvironment env) {
        StoredExperiment.View view = env.getSource();
        StoredExperiment experiment = store.find(view.key()).orElseThrow();
        if (experiment.phaseStartedAt().isEmpty()) {
            return null;
        }
        return results.apply(experiment, Optional.ofNullable(env.getArgument("asOf")));
    }
}
