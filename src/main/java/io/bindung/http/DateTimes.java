package io.bindung.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date-times the API takes: ISO 8601 with an offset, from year 1 to 9999. Java parses years up
 * to a billion, whose epoch milliseconds and days overflow where instants are stored or compared.
 */
public final class DateTimes {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private DateTimes() {
    }

    /** The date-time, or empty when it is malformed or out of range. */
    public static Optional<Instant> parse(String raw) {
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
