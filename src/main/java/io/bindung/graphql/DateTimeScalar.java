package io.bindung.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.bindung.http.DateTimes;

import java.time.Instant;
import java.util.Locale;

/**
 * {@code DateTime}: an {@link Instant} as ISO 8601 in UTC; input takes any offset. (The extended
 * scalars' DateTime serializes {@code OffsetDateTime} only, and Bindung's times are instants.)
 */
final class DateTimeScalar {
    static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant as an ISO 8601 string in UTC.")
            .coercing(new InstantCoercing())
            .build();

    private DateTimeScalar() {
    }

    private static final class InstantCoercing implements Coercing<Instant, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return instant.toString();
            }
            throw new CoercingSerializeException("Expected an Instant, got " + value.getClass().getSimpleName());
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return parse(text, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("A DateTime is an ISO 8601 string with an offset, e.g. 2026-11-24T09:30:00Z");
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                return parse(text.getValue(), CoercingParseLiteralException::new);
            }
            throw new CoercingParseLiteralException("A DateTime is an ISO 8601 string with an offset, e.g. 2026-11-24T09:30:00Z");
        }

        private static <E extends RuntimeException> Instant parse(String text, java.util.function.Function<String, E> failure) {
            return DateTimes.parse(text).orElseThrow(() -> failure.apply("'" + text
                    + "' is not an ISO 8601 date-time with an offset from year 1 to 9999, e.g. 2026-11-24T09:30:00Z"));
        }
    }
}
