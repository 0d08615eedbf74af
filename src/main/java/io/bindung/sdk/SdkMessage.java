package io.bindung.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.events.EventType;
import io.bindung.events.NewEvent;
import io.bindung.http.ApiException;
import io.bindung.http.DateTimes;
import io.bindung.http.JsonInput;
import io.bindung.http.RandomIds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One call of Segment's HTTP Tracking API (track, identify, page, screen, group, alias) as a
 * Bindung event. {@code userId} is the customer id; {@code traits} of an identify are its
 * properties (and update the customer, see {@link SdkRoutes}); a group keeps {@code groupId}
 * and {@code traits} as properties; an alias links {@code previousId}, an anonymous id, to
 * {@code userId} as an identify does. The time is {@code timestamp} when sent; otherwise
 * {@code originalTimestamp} corrected for the client's clock skew, receivedAt − (sentAt −
 * originalTimestamp), as Segment does; otherwise the time it was received.
 */
record SdkMessage(NewEvent event, Optional<ObjectNode> traits) {
    static final int MAX_BYTES = 32 * 1024;
    private static final int MAX_ID = 255;
    private static final int MAX_NAME = 200;

    /** The message, or the field problems that drop it. */
    sealed interface Parsed permits Accepted, Rejected {
    }

    record Accepted(SdkMessage message) implements Parsed {
    }

    record Rejected(String reason, List<ApiException.FieldError> errors) implements Parsed {
        Rejected(String reason) {
            this(reason, List.of(new ApiException.FieldError("$", reason)));
        }

        /** For the answer of a single call: the problems as a 400. */
        ApiException.Invalid invalid() {
            return new ApiException.Invalid("The message has " + errors.size() + " invalid field(s).", errors);
        }
    }

    /**
     * Reads one message; {@code type} is the endpoint's, or null inside a batch, where each message
     * names its own. A batch's {@code context} and {@code sentAt} apply to messages without their own.
     */
    static Parsed parse(JsonNode node, String type, ObjectNode batchContext, Optional<Instant> batchSentAt, Instant receivedAt) {
        if (!node.isObject()) {
            return new Rejected("a message must be a JSON object");
        }
        ObjectNode message = (ObjectNode) node;
        if (message.toString().length() > MAX_BYTES) {
            return new Rejected("the message is larger than 32 KB");
        }
        JsonInput input = new JsonInput(message);
        String label = type != null ? type : input.text("type", 16).orElse("").toLowerCase(Locale.ROOT);
        Optional<EventType> eventType = switch (label) {
            case "track" -> Optional.of(EventType.TRACK);
            case "identify", "alias" -> Optional.of(EventType.IDENTIFY);
            case "page" -> Optional.of(EventType.PAGE);
            case "screen" -> Optional.of(EventType.SCREEN);
            case "group" -> Optional.of(EventType.GROUP);
            default -> Optional.empty();
        };
        if (eventType.isEmpty()) {
            input.fail("type", "must be track, identify, page, screen, group or alias");
        }
        String userId = id(message, input, "userId");
        String anonymousId = label.equals("alias") ? id(message, input, "previousId") : id(message, input, "anonymousId");
        if (label.equals("alias") && (userId == null || anonymousId == null)) {
            input.fail("previousId", "and userId are required for an alias");
        } else if (userId == null && anonymousId == null) {
            input.fail("userId", "or anonymousId is required");
        }
        String name = input.text(label.equals("track") ? "event" : "name", MAX_NAME).filter(text -> !text.isBlank()).orElse(null);
        if (label.equals("track") && name == null) {
            input.fail("event", "is required for a track call");
        }
        String messageId = input.text("messageId", MAX_ID).filter(text -> !text.isBlank()).orElse(null);
        Instant timestamp = time(input, batchSentAt, receivedAt);
        ObjectNode properties = properties(message, input, label, anonymousId);
        ObjectNode context = batchContext.deepCopy();
        input.freeObject("context", MAX_BYTES).ifPresent(own -> context.setAll(own));
        if (!input.valid() || eventType.isEmpty()) {
            return new Rejected(input.errors().stream().map(error -> error.field() + " " + error.message())
                    .collect(Collectors.joining("; ")), input.errors());
        }
        NewEvent event = new NewEvent(messageId != null ? messageId : RandomIds.uuid(), eventType.get(), name, userId, anonymousId,
                timestamp, receivedAt, properties.toString(), context.toString());
        Optional<ObjectNode> traits = label.equals("identify") && userId != null ? Optional.of(properties) : Optional.empty();
        return new Accepted(new SdkMessage(event, traits));
    }

    /** A user or anonymous id: a string, or a number as Segment's libraries allow. */
    private static String id(ObjectNode message, JsonInput input, String field) {
        JsonNode value = message.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isNumber() ? value.asText() : input.text(field, MAX_ID).orElse(null);
        if (text != null && text.isBlank()) {
            input.fail(field, "must not be blank");
            return null;
        }
        return text;
    }

    private static Instant time(JsonInput input, Optional<Instant> batchSentAt, Instant receivedAt) {
        Optional<Instant> timestamp = input.instant("timestamp");
        Optional<Instant> original = input.instant("originalTimestamp");
        Optional<Instant> sentAt = input.instant("sentAt").or(() -> batchSentAt);
        if (timestamp.isPresent()) {
            return millis(timestamp.get());
        }
        if (original.isPresent() && sentAt.isPresent()) {
            Instant corrected = receivedAt.minus(Duration.between(original.get(), sentAt.get()));
            if (DateTimes.supported(corrected).isEmpty()) {
                input.fail("originalTimestamp", "is too far from sentAt: the event's time would fall outside years 1 to 9999");
                return receivedAt;
            }
            return millis(corrected);
        }
        return millis(original.orElse(receivedAt));
    }

    /** What the event keeps as its properties: properties, traits (identify), or group id and traits. */
    private static ObjectNode properties(ObjectNode message, JsonInput input, String label, String previousId) {
        return switch (label) {
            case "identify" -> input.freeObject("traits", MAX_BYTES).orElseGet(JsonNodeFactory.instance::objectNode);
            case "group" -> {
                ObjectNode group = JsonNodeFactory.instance.objectNode();
                Optional.ofNullable(id(message, input, "groupId")).ifPresentOrElse(id -> group.put("groupId", id),
                        () -> input.fail("groupId", "is required for a group call"));
                input.freeObject("traits", MAX_BYTES).ifPresent(traits -> group.set("traits", traits));
                yield group;
            }
            case "alias" -> JsonNodeFactory.instance.objectNode().put("previousId", previousId);
            default -> {
                ObjectNode properties = input.freeObject("properties", MAX_BYTES).orElseGet(JsonNodeFactory.instance::objectNode);
                input.text("category", MAX_NAME).ifPresent(category -> properties.put("category", category));
                yield properties;
            }
        };
    }

    private static Instant millis(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }
}
