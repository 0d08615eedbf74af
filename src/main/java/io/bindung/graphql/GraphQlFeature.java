package io.bindung.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

/**
 * A feature's part of the GraphQL API (as {@code Routes} are of REST): the data fetchers of the
 * fields it answers in {@code schema.graphqls}, and the DataLoaders they batch through.
 */
public interface GraphQlFeature {
    /** Adds this feature's data fetchers; several features may add fields of one type. */
    void wire(RuntimeWiring.Builder wiring);

    /** Adds this feature's DataLoaders to one request's registry; DataLoaders cache per request. */
    default void loaders(DataLoaderRegistry registry) {
    }
}
