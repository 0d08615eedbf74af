package io.bindung.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** A stored event as the API shows it. */
public record Event(String messageId, String type, String event, String customerId, String anonymousId,
                    Instant timestamp, Instant receivedAt, JsonNode properties, JsonNode context) {
}
