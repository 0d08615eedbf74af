package io.bindung.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Filters of the customer list; all present filters must match. */
record CustomerFilter(Optional<String> email, List<AttributeEquals> attributes,
                      Optional<Instant> createdAfter, Optional<Instant> createdBefore,
                      Optional<Instant> updatedAfter, Optional<Instant> updatedBefore) {

    /** {@code attribute=plan:gold}: the attribute's value, as text, equals the given text. */
    record AttributeEquals(String key, String value) {
    }
}
