package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.JsonInput;
import io.bindung.segments.Segments;
import io.bindung.sendtime.QuietHours;
import io.bindung.templates.CompiledContent;
import io.bindung.templates.TemplateEngine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a campaign definition from JSON, reporting every invalid field by its JSON path in one
 * 400 answer. Thread-safe.
 */
final class DefinitionReader {
    private static final Set<String> FIELDS = Set.of("name", "type", "trigger", "wait", "exitEvent", "audience", "sendAt",
            "timing", "quietHours", "transactional", "holdoutPercent", "content", "variants", "conversion");
    private static final Pattern VARIANT_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Duration MAX_WAIT = Duration.ofDays(366);
    private static final int MAX_VARIANTS = 10;

    private final TemplateEngine templates;
    private final Segments segments;
    private final String purchaseEvent;

    DefinitionReader(TemplateEngine templates, Segments segments, String purchaseEvent) {
        this.templates = templates;
        this.segments = segments;
        this.purchaseEvent = purchaseEvent;
    }

    /** The definition, or 400 naming every invalid field. */
    CampaignDefinition read(ObjectNode body) {
        JsonInput input = new JsonInput(body);
        input.rejectUnknown(FIELDS);
        Optional<String> name = required(input, input.text("name", 200), "name").filter(text -> {
            if (text.isBlank()) {
                input.fail("name", "must not be blank");
            }
            return !text.isBlank();
        });
        Optional<CampaignType> type = type(input);
        Optional<Trigger> trigger = input.object("trigger").flatMap(node -> trigger(node, (ObjectNode) body.get("trigger")));
        if (type.isPresent() && type.get() == CampaignType.TRIGGERED != input.present("trigger")) {
            input.fail("trigger", type.get() == CampaignType.TRIGGERED ? "is required for a triggered campaign" : "is only for triggered campaigns");
        }
        Optional<String> segmentId = input.object("audience").flatMap(this::segmentId);
        if (type.isPresent() && type.get() == CampaignType.ONE_OFF && !input.present("audience")) {
            input.fail("audience", "is required for a one-off campaign: {\"segmentId\": \"...\"}");
        }
        Optional<Instant> sendAt = input.instant("sendAt");
        if (input.present("sendAt") && type.isPresent() && type.get() != CampaignType.ONE_OFF) {
            input.fail("sendAt", "is only for one-off campaigns; triggered ones use wait");
        }
        Duration wait = duration(input, "wait").orElse(Duration.ZERO);
        Optional<String> exitEvent = input.text("exitEvent", 200);
        Timing timing = input.object("timing").flatMap(object -> TimingReader.read(object, body.get("timing")))
                .orElse(new Timing.Immediately());
        Optional<QuietHours> quietHours = input.object("quietHours").flatMap(DefinitionReader::quietHours);
        boolean transactional = input.bool("transactional").orElse(false);
        double holdout = percent(input, body.get("holdoutPercent"), "holdoutPercent", 90, 0);
        List<Variant> variants = variants(input, body);
        boolean toWebhooks = variants.stream().anyMatch(variant -> variant.content().source().channel().equals("webhook"));
        if (timing instanceof Timing.Optimised && toWebhooks) {
            input.fail("timing", "optimised timing is for channels whose engagement the send-time model learns:"
                    + " email, push, sms or whatsapp");
        }
        Optional<JsonInput> conversion = input.object("conversion");
        String conversionEvent = conversion.flatMap(c -> c.text("event", 200)).orElse(purchaseEvent);
        Duration conversionWindow = conversion.flatMap(c -> days(c, body.get("conversion").get("withinDays"), "withinDays"))
                .orElse(Duration.ofDays(7));
        input.throwIfInvalid();
        return new CampaignDefinition(body, name.orElseThrow(), type.orElseThrow(), trigger, segmentId, sendAt, wait,
                exitEvent, timing, quietHours, transactional, holdout, variants, conversionEvent, conversionWindow);
    }

    private static Optional<CampaignType> type(JsonInput input) {
        Optional<String> label = input.text("type", 20);
        for (CampaignType type : CampaignType.values()) {
            if (label.isPresent() && type.label().equals(label.get())) {
                return Optional.of(type);
            }
        }
        input.fail("type", "must be 'one-off' or 'triggered'");
        return Optional.empty();
    }

    private Optional<Trigger> trigger(JsonInput input, ObjectNode node) {
        if (node.has("event")) {
            input.rejectUnknown(Set.of("event", "where"));
            try {
                segments.eventMatch(node, "trigger");
            } catch (ApiException.Invalid e) {
                input.report(e);
                return Optional.empty();
            }
            return input.text("event", 200).map(event -> new Trigger.OnEvent(event, node));
        }
        if (node.has("customerCreated")) {
            input.rejectUnknown(Set.of("customerCreated"));
            if (!input.bool("customerCreated").orElse(false)) {
                input.fail("customerCreated", "must be true");
            }
            return Optional.of(new Trigger.CustomerCreated());
        }
        if (node.has("inactivity")) {
            input.rejectUnknown(Set.of("inactivity"));
            return input.object("inactivity").flatMap(inactivity -> {
                inactivity.rejectUnknown(Set.of("event", "days"));
                Optional<String> event = required(inactivity, inactivity.text("event", 200), "event");
                Optional<Duration> after = days(inactivity, node.get("inactivity").get("days"), "days");
                if (after.isEmpty() && !inactivity.present("days")) {
                    inactivity.fail("days", "is required");
                }
                return event.flatMap(name -> after.map(days -> new Trigger.Inactivity(name, days)));
            });
        }
        input.fail("event", "is required: a trigger is {\"event\": ...}, {\"customerCreated\": true} or {\"inactivity\": {\"event\": ..., \"days\": n}}");
        return Optional.empty();
    }

    private Optional<String> segmentId(JsonInput audience) {
        audience.rejectUnknown(Set.of("segmentId"));
        Optional<String> id = required(audience, audience.text("segmentId", 200), "segmentId");
        if (id.isPresent() && segments.condition(id.get()).isEmpty()) {
            audience.fail("segmentId", "names no segment");
            return Optional.empty();
        }
        return id;
    }

    private static Optional<QuietHours> quietHours(JsonInput quiet) {
        quiet.rejectUnknown(Set.of("start", "end"));
        Optional<LocalTime> start = localTime(quiet, "start");
        Optional<LocalTime> end = localTime(quiet, "end");
        if (start.isPresent() && end.isPresent() && start.get().equals(end.get())) {
            quiet.fail("end", "must differ from start");
            return Optional.empty();
        }
        return start.flatMap(from -> end.map(to -> new QuietHours(from, to)));
    }

    private List<Variant> variants(JsonInput input, ObjectNode body) {
        if (input.present("content") == input.present("variants")) {
            input.fail("content", "give either content (one message) or variants (an A/B/n test of messages)");
            return List.of();
        }
        if (input.present("content")) {
            return input.object("content")
                    .flatMap(content -> templates.read(content, (ObjectNode) body.get("content")))
                    .map(content -> List.of(new Variant("default", 1, content)))
                    .orElse(List.of());
        }
        JsonNode list = body.get("variants");
        if (!list.isArray() || list.size() < 2 || list.size() > MAX_VARIANTS) {
            input.fail("variants", "must be an array of 2 to " + MAX_VARIANTS + " variants");
            return List.of();
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> channels = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                input.fail("variants[" + i + "]", "must be an object {\"key\", \"weight\", \"content\"}");
                continue;
            }
            variant(input.element((ObjectNode) list.get(i), "variants", i), (ObjectNode) list.get(i), keys).ifPresent(variant -> {
                variants.add(variant);
                channels.add(variant.content().source().channel());
            });
        }
        if (channels.size() > 1) {
            input.fail("variants", "must all be for one channel");
        }
        return variants.size() == list.size() ? variants : List.of();
    }

    private Optional<Variant> variant(JsonInput input, ObjectNode node, Set<String> keys) {
        input.rejectUnknown(Set.of("key", "weight", "content"));
        Optional<String> key = required(input, input.text("key", 64), "key").filter(k -> {
            boolean fine = VARIANT_KEY.matcher(k).matches() && keys.add(k);
            if (!fine) {
                input.fail("key", "must be unique and of letters, digits, '_' or '-'");
            }
            return fine;
        });
        JsonNode weight = node.get("weight");
        double share = 1;
        if (weight != null && (!weight.isNumber() || !(weight.doubleValue() > 0))) {
            input.fail("weight", "must be a positive number (weights are relative)");
        } else if (weight != null) {
            share = weight.doubleValue();
        }
        double relative = share;
        Optional<CompiledContent> content = input.object("content").flatMap(c -> templates.read(c, (ObjectNode) node.get("content")));
        if (!input.present("content")) {
            input.fail("content", "is required");
        }
        return key.flatMap(k -> content.map(c -> new Variant(k, relative, c)));
    }

    /** A share in percent from 0 to {@code max}; {@code fallback} when absent or null. */
    static double percent(JsonInput input, JsonNode value, String field, int max, double fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.doubleValue() < 0 || value.doubleValue() > max) {
            input.fail(field, "must be a number from 0 to " + max);
            return fallback;
        }
        return value.doubleValue();
    }

    private static Optional<Duration> duration(JsonInput input, String field) {
        return input.text(field, 40).flatMap(text -> {
            try {
                Duration duration = Duration.parse(text);
                if (!duration.isNegative() && duration.compareTo(MAX_WAIT) <= 0) {
                    return Optional.of(duration);
                }
            } catch (DateTimeParseException e) {
                // answered below
            }
            input.fail(field, "must be an ISO 8601 duration from PT0S to P366D, e.g. PT1H or P7D");
            return Optional.empty();
        });
    }

    private static Optional<Duration> days(JsonInput input, JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || value.asLong() < 1 || value.asLong() > 3650) {
            input.fail(field, "must be a whole number of days from 1 to 3650");
            return Optional.empty();
        }
        return Optional.of(Duration.ofDays(value.asLong()));
    }

    /** A required local time like 09:30. */
    static Optional<LocalTime> localTime(JsonInput input, String field) {
        Optional<String> text = input.text(field, 8);
        if (text.isEmpty()) {
            input.fail(field, "is required: a local time like 09:30");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.get()));
        } catch (DateTimeParseException e) {
            input.fail(field, "must be a local time like 09:30");
            return Optional.empty();
        }
    }

    private static <T> Optional<T> required(JsonInput input, Optional<T> value, String field) {
        if (value.isEmpty() && !input.present(field)) {
            input.fail(field, "is required");
        }
        return value;
    }
}
