package io.bindung.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.bindung.http.ApiException;

import java.util.Optional;

/** Reads the arguments every connection shares: {@code first} (1 to 100) and {@code after}. */
public final class Arguments {
    /** The most nodes one page of a connection may hold. */
    public static final int MAX_FIRST = 100;

    private Arguments() {
    }

    /** {@code first}, or a BAD_USER_INPUT error outside 1 to 100. */
    public static int first(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        if (first == null || first < 1 || first > MAX_FIRST) {
            throw new ApiException.Invalid("first", "must be from 1 to " + MAX_FIRST);
        }
        return first;
    }

    public static Optional<String> after(DataFetchingEnvironment env) {
        return Optional.ofNullable(env.getArgument("after"));
    }

    public static Optional<String> text(DataFetchingEnvironment env, String name) {
        return Optional.ofNullable(env.getArgument(name));
    }
}
