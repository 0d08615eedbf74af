package io.bindung.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.bindung.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Turns an exception in a data fetcher into a GraphQL error on that field: a domain problem
 * ({@link ApiException}) with its message and code (BAD_USER_INPUT with the invalid fields),
 * anything else as INTERNAL_SERVER_ERROR without internals, logged here.
 */
final class ProblemHandler implements DataFetcherExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable thrown = parameters.getException();
        if (thrown instanceof CompletionException && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        String message;
        if (thrown instanceof ApiException problem) {
            extensions.put("code", ErrorCode.of(problem).name());
            message = message(problem);
            if (!problem.errors().isEmpty()) {
                extensions.put("errors", problem.errors());
            }
        } else {
            LOG.error("a GraphQL field failed at {}", parameters.getPath(), thrown);
            extensions.put("code", ErrorCode.INTERNAL_SERVER_ERROR.name());
            message = "The field could not be resolved; the server logged why.";
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                .error(GraphqlErrorBuilder.newError()
                        .message(message)
                        .path(parameters.getPath())
                        .location(parameters.getSourceLocation())
                        .extensions(extensions)
                        .build())
                .build());
    }

    /** The problem's detail, or what is wrong with each invalid field: "first must be from 1 to 100". */
    static String message(ApiException problem) {
        if (problem.errors().isEmpty()) {
            return problem.getMessage();
        }
        return problem.errors().stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
    }
}
