package io.bindung.customers;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * A customer, addressed by the caller's own id. {@code consent} holds only the channels the
 * customer has given or refused consent on; a missing channel means "never asked".
 */
public record Customer(
        String id,
        String email,
        String phone,
        String firstName,
        String lastName,
        String timezone,
        String locale,
        ObjectNode attributes,
        Map<String, ChannelConsent> consent,
        Instant createdAt,
        Instant updatedAt) {

    public Customer {
        Objects.requireNonNull(id, "null id");
        Objects.requireNonNull(attributes, "null attributes");
        consent = Map.copyOf(consent);
    }

    /** The customer's own clock: their time zone, or UTC without a valid one. */
    public ZoneId zone() {
        return zoneOf(timezone);
    }

    /** Named "UTC" where answers show a zone's id (a zero offset's id is "Z"). */
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** A stored {@code timezone} as a zone, UTC when there is none or it is not a zone. */
    public static ZoneId zoneOf(String timezone) {
        try {
            return timezone == null ? UTC : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
