package io.bindung.http;

import io.javalin.http.Context;

import java.time.Instant;
import java.util.Optional;

/** Typed reads of query parameters that answer 400 with the parameter's name when malformed. */
public final class QueryParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

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
        return DateTimes.parse(raw).orElseThrow(() -> new ApiException.Invalid(name,
                "must be an ISO 8601 date-time with offset from year 1 to 9999, e.g. 2026-01-31T12:00:00Z"));
    }
}
