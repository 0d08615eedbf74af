package io.bindung.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A validated change to one customer. A replacing update (PUT) sets every profile field and the
 * whole attribute object; a merging update (PATCH, import, identify) changes only what it names
 * and merges attributes as a JSON merge patch (RFC 7396: null removes a key). Consent is only
 * ever changed per named channel, in both modes: it is a legal record, never erased by omission.
 */
public record CustomerUpdate(boolean replace, Map<ProfileField, String> profile, ObjectNode attributes,
                             Map<Channel, ConsentChange> consent) {

    /** A consent decision; {@code changedAt} null means "now, if the decision changed". */
    public record ConsentChange(boolean subscribed, Instant changedAt) {
    }

    public CustomerUpdate {
        profile = Collections.unmodifiableMap(new HashMap<>(profile)); // a null value clears a field
        consent = Map.copyOf(consent);
    }

    /**
     * An identify call's traits (Segment spec): email, phone, firstName or first_name, lastName or
     * last_name, timezone and locale become profile fields when valid for them; every other trait,
     * and a profile trait whose value does not fit its field, is merged into the attributes.
     */
    public static CustomerUpdate fromTraits(ObjectNode traits) {
        Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
        ObjectNode attributes = emptyAttributes();
        traits.fields().forEachRemaining(trait -> {
            JsonNode value = trait.getValue();
            ProfileField.ofTrait(trait.getKey())
                    .filter(field -> value.isTextual() && field.problemWith(value.textValue()).isEmpty())
                    .ifPresentOrElse(field -> profile.put(field, value.textValue()), () -> attributes.set(trait.getKey(), value));
        });
        return new CustomerUpdate(false, profile, attributes, Map.of());
    }

    /** The customer after this update is applied to {@code current} at time {@code now}. */
    Customer applyTo(Customer current, Instant now) {
        Map<ProfileField, String> fields = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            String value = replace ? profile.get(field) : profile.getOrDefault(field, field.of(current));
            if (value != null) {
                fields.put(field, value);
            }
        }
        ObjectNode mergedAttributes = replace ? attributes.deepCopy() : mergePatch(current.attributes(), attributes);
        return new Customer(current.id(),
                fields.get(ProfileField.EMAIL), fields.get(ProfileField.PHONE),
                fields.get(ProfileField.FIRST_NAME), fields.get(ProfileField.LAST_NAME),
                fields.get(ProfileField.TIMEZONE), fields.get(ProfileField.LOCALE),
                mergedAttributes, mergeConsent(current.consent(), now), current.createdAt(), now);
    }

    private Map<String, ChannelConsent> mergeConsent(Map<String, ChannelConsent> current, Instant now) {
        Map<String, ChannelConsent> merged = new HashMap<>(current);
        consent.forEach((channel, change) -> {
            ChannelConsent before = current.get(channel.label());
            boolean unchanged = before != null && before.subscribed() == change.subscribed();
            Instant changedAt = change.changedAt() != null ? change.changedAt() : unchanged ? before.changedAt() : now;
            merged.put(channel.label(), new ChannelConsent(change.subscribed(), changedAt));
        });
        return merged;
    }

    private static ObjectNode mergePatch(ObjectNode target, ObjectNode patch) {
        ObjectNode result = target.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                result.remove(field.getKey());
            } else if (value.isObject() && result.get(field.getKey()) instanceof ObjectNode nested) {
                result.set(field.getKey(), mergePatch(nested, (ObjectNode) value));
            } else {
                result.set(field.getKey(), value);
            }
        }
        return result;
    }

    static ObjectNode emptyAttributes() {
        return JsonNodeFactory.instance.objectNode();
    }
}
