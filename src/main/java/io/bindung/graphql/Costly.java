package io.bindung.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Marks a data fetcher that reads many rows (a retention series, a campaign's stats). The engine
 * runs such fetchers on its own threads, so the costly fields of one query (a dashboard's series
 * beside its campaigns' stats) run in parallel instead of one after the other. A costly fetcher
 * must not use DataLoaders: their dispatch is tied to the request thread.
 */
public record Costly<T>(DataFetcher<T> fetcher) implements DataFetcher<T> {
    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        return fetcher.get(environment);
    }
}
