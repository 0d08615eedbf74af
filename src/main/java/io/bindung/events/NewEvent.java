package io.bindung.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A validated event waiting to be stored. {@code customerId} or {@code anonymousId} is set (both
 * for an identify that links them); properties and context are JSON object text.
 */
public record NewEvent(String messageId, EventType type, String name, String customerId, String anonymousId,
                       Instant timestamp, Instant receivedAt, String properties, String context) {
    public NewEvent {
        Objects.requireNonNull(messageId, "null messageId");
        Objects.requireNonNull(type, "null type");
        Objects.requireNonNull(timestamp, "null timestamp");
        Objects.requireNonNull(receivedAt, "null receivedAt");
        if (customerId == null && anonymousId == null) {
            throw new IllegalArgumentException("an event needs a customerId or an anonymousId");
        }
    }

    /** True for an identify that links an anonymous visitor's history to a customer. */
    boolean linksIdentity() {
        return type == EventType.IDENTIFY && customerId != null && anonymousId != null;
    }
}
