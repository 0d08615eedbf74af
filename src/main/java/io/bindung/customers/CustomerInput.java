package io.bindung.customers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.JsonInput;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates customer JSON (REST bodies, NDJSON import lines) into a {@link CustomerUpdate}. */
final class CustomerInput {
    static final int MAX_ID_LENGTH = 255;
    static final int MAX_ATTRIBUTES_JSON = 64 * 1024;
    private static final Set<String> KNOWN_FIELDS = knownFields();

    private CustomerInput() {
    }

    /** Parses a body; {@code allowId} is for import lines, which carry their own id. */
    static CustomerUpdate parse(JsonInput input, boolean replace, boolean allowId) {
        Set<String> known = new HashSet<>(KNOWN_FIELDS);
        if (allowId) {
            known.add("id");
        }
        input.rejectUnknown(known);
        Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            readProfileField(input, field).ifPresent(value -> profile.put(field, value));
            if (!replace && input.isNull(field.json())) {
                profile.put(field, null);
            }
        }
        ObjectNode attributes = input.freeObject("attributes", MAX_ATTRIBUTES_JSON).orElse(CustomerUpdate.emptyAttributes());
        Map<Channel, CustomerUpdate.ConsentChange> consent = new EnumMap<>(Channel.class);
        input.object("consent").ifPresent(consentInput -> readConsent(input, consentInput, consent));
        return new CustomerUpdate(replace, profile, attributes, consent);
    }

    static String validId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new ApiException.Invalid("id", "must be 1 to " + MAX_ID_LENGTH + " characters and not blank");
        }
        return id;
    }

    static Optional<String> readProfileField(JsonInput input, ProfileField field) {
        Optional<String> value = input.text(field.json(), Integer.MAX_VALUE);
        if (value.isEmpty()) {
            return value;
        }
        Optional<String> problem = field.problemWith(value.get());
        problem.ifPresent(message -> input.fail(field.json(), message));
        return problem.isPresent() ? Optional.empty() : value;
    }

    private static void readConsent(JsonInput root, JsonInput consentInput, Map<Channel, CustomerUpdate.ConsentChange> consent) {
        for (Channel channel : Channel.values()) {
            consentInput.object(channel.label()).ifPresent(channelInput -> {
                channelInput.rejectUnknown(Set.of("subscribed", "changedAt"));
                Optional<Boolean> subscribed = channelInput.bool("subscribed");
                Optional<Instant> changedAt = channelInput.instant("changedAt");
                if (!channelInput.present("subscribed")) {
                    channelInput.fail("subscribed", "is required");
                }
                subscribed.ifPresent(value -> consent.put(channel, new CustomerUpdate.ConsentChange(value,
                        changedAt.map(at -> at.truncatedTo(ChronoUnit.MILLIS)).orElse(null))));
            });
        }
        consentInput.rejectUnknown(channelLabels());
    }

    private static Set<String> channelLabels() {
        Set<String> labels = new HashSet<>();
        for (Channel channel : Channel.values()) {
            labels.add(channel.label());
        }
        return labels;
    }

    private static Set<String> knownFields() {
        Set<String> fields = new HashSet<>(Set.of("attributes", "consent"));
        for (ProfileField field : ProfileField.values()) {
            fields.add(field.json());
        }
        return Set.copyOf(fields);
    }

    /** Attribute values of a CSV row are strings; empty cells are left out. */
    static ObjectNode stringAttributes(Map<String, String> cells) {
        ObjectNode attributes = CustomerUpdate.emptyAttributes();
        cells.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                attributes.put(name, value);
            }
        });
        return attributes;
    }
}
