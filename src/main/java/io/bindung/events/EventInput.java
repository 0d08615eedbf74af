package io.bindung.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.JsonInput;
import io.bindung.http.RandomIds;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Validates one event object of a request into a {@link NewEvent}, collecting field problems. */
final class EventInput {
    static final int MAX_ID_LENGTH = 255;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_OBJECT_JSON = 32 * 1024;
    private static final Set<String> FIELDS = Set.of("type", "event", "customerId", "anonymousId", "messageId",
            "timestamp", "properties", "context");

    private final Clock clock;

    EventInput(Clock clock) {
        this.clock = clock;
    }

    /** The event, or empty when a field is invalid (the problem is recorded in {@code input}). */
    Optional<NewEvent> parse(JsonInput input, Instant receivedAt) {
        input.rejectUnknown(FIELDS);
        Optional<EventType> type = input.text("type", 16).flatMap(label -> {
            Optional<EventType> parsed = EventType.parse(label);
            if (parsed.isEmpty()) {
                input.fail("type", "must be 'track', 'identify', 'page', 'screen' or 'group'");
            }
            return parsed;
        });
        if (!input.present("type")) {
            input.fail("type", "is required ('track', 'identify', 'page', 'screen' or 'group')");
        }
        String name = nonBlank(input, "event", MAX_NAME_LENGTH);
        if (type.orElse(null) == EventType.TRACK && !input.present("event")) {
            input.fail("event", "is required for a track event");
        }
        String customerId = nonBlank(input, "customerId", MAX_ID_LENGTH);
        String anonymousId = nonBlank(input, "anonymousId", MAX_ID_LENGTH);
        if (!input.present("customerId") && !input.present("anonymousId")) {
            input.fail("customerId", "is required unless anonymousId is given");
        }
        String messageId = nonBlank(input, "messageId", MAX_ID_LENGTH);
        Instant timestamp = input.instant("timestamp").orElse(receivedAt);
        String properties = input.freeObject("properties", MAX_OBJECT_JSON).map(ObjectNode::toString).orElse("{}");
        String context = input.freeObject("context", MAX_OBJECT_JSON).map(ObjectNode::toString).orElse("{}");
        if (!input.valid() || type.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewEvent(messageId != null ? messageId : RandomIds.uuid(),
                type.get(), name, customerId, anonymousId, truncate(timestamp), receivedAt, properties, context));
    }

    Instant now() {
        return truncate(clock.instant());
    }

    private static Instant truncate(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static String nonBlank(JsonInput input, String field, int maxLength) {
        Optional<String> value = input.text(field, maxLength);
        if (value.isPresent() && value.get().isBlank()) {
            input.fail(field, "must not be blank");
            return null;
        }
        return value.orElse(null);
    }
}
