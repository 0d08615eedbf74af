package io.bindung.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.validation.ValidationError;
import io.bindung.http.ApiException;

/**
 * The {@code extensions.code} of every GraphQL error Bindung answers, named as Apollo Server does
 * so that client libraries recognise them.
 */
enum ErrorCode {
    UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, QUERY_TOO_COMPLEX, GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED, UNAVAILABLE, INTERNAL_SERVER_ERROR;

    /** The code of a problem a REST route would have answered with this exception's status. */
    static ErrorCode of(ApiException problem) {
        if (problem instanceof ApiException.Unauthorized) {
            return UNAUTHENTICATED;
        }
        if (problem instanceof ApiException.Forbidden) {
            return FORBIDDEN;
        }
        if (problem instanceof ApiException.NotFound) {
            return NOT_FOUND;
        }
        if (problem.status() == 429 || problem.status() == 503) {
            return UNAVAILABLE;
        }
        return BAD_USER_INPUT;
    }

    /**
     * The code of an error graphql-java raised before or while executing: a depth or complexity
     * limit, a syntax error, a query the schema does not allow, or variables of the wrong type.
     */
    static ErrorCode of(GraphQLError error) {
        if (error instanceof AbortExecutionException) {
            return QUERY_TOO_COMPLEX;
        }
        if (error instanceof InvalidSyntaxError) {
            return GRAPHQL_PARSE_FAILED;
        }
        if (error instanceof ValidationError) {
            return GRAPHQL_VALIDATION_FAILED;
        }
        ErrorClassification type = error.getErrorType();
        return type != null && type.toString().equals("ValidationError") ? BAD_USER_INPUT : INTERNAL_SERVER_ERROR;
    }
}
