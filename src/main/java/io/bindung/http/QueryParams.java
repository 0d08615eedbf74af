package io.bindung.http;

import io.javalin.http.Context;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typed reads of query parameters that answer 400 with the parameter's name when malformed. */
public final class QueryParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private QueryParams() {
    }

    public static int limit(Context ctx) {
        Optional<String> raw = text(ctx, "limit");
        if (raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.get());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // fall through to the problem below
        }
        throw new ApiException.Invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    public static Optional<String> text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isEmpty() ? Optional.empty() : Optional.of(raw);
    }

    public static Optional<Instant> instant(Context ctx, String name) {
        return text(ctx, name).map(raw -> parseInstant(name, raw));
    }

    static Instant parseInstant(String name, String raw) {
        return dateTime(raw).orElseThrow(() -> new ApiException.Invalid(name,
                "must be an ISO 8601 date-time with offset from year 1 to 9999, e.g. 2026-01-31T12:00:00Z"));
    }

    /**
     * An ISO 8601 date-time with offset from year 1 to 9999, or empty. Java parses years up to a
     * billion, whose epoch milliseconds and days overflow where instants are stored or compared.
     */
    public static Optional<Instant> dateTime(String raw) {
        try {
            return supported(OffsetDateTime.parse(raw).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant, if it lies from year 1 to 9999 (UTC). */
    public static Optional<Instant> supported(Instant instant) {
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
    }
}
