package io.bindung.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            fail(name, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new JsonInput((ObjectNode) value, field(name), errors));
    }

    /** A reader for an element of an array, at {@code path[index]}. */
    public JsonInput element(ObjectNode value, String arrayName, int index) {
        return new JsonInput(value, field(arrayName) + "[" + index + "]", errors);
    }

    public boolean has(String name) {
        return node.has(name);
    }

    /** True when the field is present with an explicit JSON null. */
    public boolean isNull(String name) {
        return node.has(name) && node.get(name).isNull();
    }

    public Optional<String> text(String name, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            fail(name, "must be a string");
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.length() > maxLength) {
            fail(name, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public Optional<Boolean> bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            fail(name, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
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
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            fail(name, "must be an object");
            return Optional.empty();
        }
        if (value.toString().length() > maxSerializedLength) {
            fail(name, "must be at most " + maxSerializedLength + " characters as JSON");
            return Optional.empty();
        }
        return Optional.of((ObjectNode) value);
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
