package io.bindung.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads typed fields out of a JSON object and collects every problem with its JSON path, so one
 * answer names all invalid fields at once. Call {@link #throwIfInvalid()} when done.
 */
public final class JsonInput {
    private final ObjectNode node;
    private final String path;
    private final List<ApiException.FieldError> errors;

    public JsonInput(ObjectNode node) {
        this(node, "", new ArrayList<>());
    }

    private JsonInput(ObjectNode node, String path, List<ApiException.FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** A reader for a nested object sharing this reader's error list, or empty if absent or wrong. */
    public Optional<JsonInput> object(String name) {
        return typed(name, JsonNode::isObject, "must be an object")
                .map(value -> new JsonInput((ObjectNode) value, field(name), errors));
    }

    /** A reader for an element of an array, at {@code path[index]}. */
    public JsonInput element(ObjectNode value, String arrayName, int index) {
        return new JsonInput(value, field(arrayName) + "[" + index + "]", errors);
    }

    public boolean has(String name) {
        return node.has(name);
    }

    /** True when the field is present with a value other than JSON null. */
    public boolean present(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    /** True when the field is present with an explicit JSON null. */
    public boolean isNull(String name) {
        return node.has(name) && node.get(name).isNull();
    }

    public Optional<String> text(String name, int maxLength) {
        return typed(name, JsonNode::isTextual, "must be a string")
                .map(JsonNode::textValue)
                .filter(text -> within(name, text.length(), maxLength, " characters"));
    }

    public Optional<Boolean> bool(String name) {
        return typed(name, JsonNode::isBoolean, "must be true or false").map(JsonNode::booleanValue);
    }

    public Optional<Integer> integer(String name, int min, int max) {
        return typed(name, value -> value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= min && value.intValue() <= max,
                "must be a whole number from " + min + " to " + max).map(JsonNode::intValue);
    }

    public Optional<Instant> instant(String name) {
        return text(name, 64).flatMap(raw -> {
            try {
                return Optional.of(QueryParams.parseInstant(name, raw));
            } catch (ApiException.Invalid e) {
                fail(name, "must be an ISO 8601 date-time with offset, e.g. 2026-01-31T12:00:00Z");
                return Optional.empty();
            }
        });
    }

    /** A nested JSON object kept as it is (attributes, properties, context). */
    public Optional<ObjectNode> freeObject(String name, int maxSerializedLength) {
        return typed(name, JsonNode::isObject, "must be an object")
                .filter(value -> within(name, value.toString().length(), maxSerializedLength, " characters as JSON"))
                .map(ObjectNode.class::cast);
    }

    /** The field's value when present, non-null and of the right JSON type; otherwise records why not. */
    private Optional<JsonNode> typed(String name, Predicate<JsonNode> rightType, String expectation) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!rightType.test(value)) {
            fail(name, expectation);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private boolean within(String name, int length, int maxLength, String unit) {
        if (length <= maxLength) {
            return true;
        }
        fail(name, "must be at most " + maxLength + unit);
        return false;
    }

    /** Every field present that is not in {@code known} is reported as unknown. */
    public void rejectUnknown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                fail(name, "is not a known field");
            }
        }
    }

    public void fail(String name, String message) {
        errors.add(new ApiException.FieldError(field(name), message));
    }

    /** Adds the field problems of a nested validation, whose paths are already complete. */
    public void report(ApiException.Invalid problem) {
        errors.addAll(problem.errors());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<ApiException.FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ApiException.Invalid("The request has " + errors.size() + " invalid field(s).", errors);
        }
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
