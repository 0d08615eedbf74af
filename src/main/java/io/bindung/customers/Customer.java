package io.bindung.customers;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
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
}
