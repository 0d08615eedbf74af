package io.bindung.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.JsonInput;
import io.bindung.segments.Segments;
import io.bindung.stats.AnalysisOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an experiment definition from JSON, naming every invalid field by JSON path in one 400. Thread-safe. */
final class ExperimentReader {
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern ARM_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> FIELDS = Set.of("key", "name", "hypothesis", "variants", "factors", "trafficPercent",
            "segmentId", "namespace", "primaryMetric", "secondaryMetrics", "guardrailMetrics", "alpha", "power",
            "minimumDetectableEffect", "sequential", "tuning", "prior", "cuped", "cupedLookbackHours");
    /** GrowthBook's default lookback for regression adjustment: 14 days. */
    private static final long DEFAULT_CUPED_LOOKBACK_HOURS = 336;
    private static final int MAX_ARMS = 10;
    private static final int MAX_CELLS = 64;

    private final Segments segments;

    ExperimentReader(Segments segments) {
        this.segments = segments;
    }

    ExperimentDefinition read(ObjectNode body) {
        JsonInput input = new JsonInput(body);
        input.rejectUnknown(FIELDS);
        Optional<String> key = input.text("key", 64).filter(k -> {
            boolean fine = KEY.matcher(k).matches();
            if (!fine) {
                input.fail("key", "must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit");
            }
            return fine;
        });
        required(input, "key");
        Optional<String> name = input.text("name", 200).filter(text -> !text.isBlank());
        if (name.isEmpty() && input.present("name")) {
            input.fail("name", "must not be blank");
        }
        required(input, "name");
        input.text("hypothesis", 2000);
        List<Arm> arms = arms(input, body);
        double traffic = number(input, body, "trafficPercent", 0, 100, 100);
        Optional<String> segmentId = input.text("segmentId", 200).filter(id -> {
            boolean known = segments.condition(id).isPresent();
            if (!known) {
                input.fail("segmentId", "names no segment");
            }
            return known;
        });
        Optional<Namespace> namespace = input.object("namespace").flatMap(ns -> namespace(ns, (ObjectNode) body.get("namespace")));
        double alpha = number(input, body, "alpha", 0.0001, 0.5, 0.05);
        double power = number(input, body, "power", 0.5, 0.9999, 0.8);
        if (body.has("minimumDetectableEffect")) {
            number(input, body, "minimumDetectableEffect", 1e-9, 1e9, 0);
        }
        AnalysisOptions options = AnalysisOptionsReader.read(input, body);
        Optional<Duration> cupedLookback = cupedLookback(input, body);
        metric(input, body.get("primaryMetric"), "primaryMetric", true);
        metrics(input, body, "secondaryMetrics");
        metrics(input, body, "guardrailMetrics");
        input.throwIfInvalid();
        return new ExperimentDefinition(body, key.orElseThrow(), name.orElseThrow(), arms, traffic, segmentId, namespace, alpha, power,
                options, cupedLookback);
    }

    /** With {@code "cuped": true}, the lookback of the covariate: {@code cupedLookbackHours}, default 14 days. */
    private static Optional<Duration> cupedLookback(JsonInput input, ObjectNode body) {
        boolean cuped = input.bool("cuped").orElse(false);
        JsonNode hours = body.get("cupedLookbackHours");
        if (hours != null && (!hours.canConvertToExactIntegral() || hours.asLong() < 1 || hours.asLong() > 8760)) {
            input.fail("cupedLookbackHours", "must be a whole number of hours from 1 to 8760");
            return Optional.empty();
        }
        if (hours != null && !cuped) {
            input.fail("cupedLookbackHours", "applies only with \"cuped\": true");
        }
        return cuped ? Optional.of(Duration.ofHours(hours == null ? DEFAULT_CUPED_LOOKBACK_HOURS : hours.asLong())) : Optional.empty();
    }

    private List<Arm> arms(JsonInput input, ObjectNode body) {
        if (input.present("variants") == input.present("factors")) {
            input.fail("variants", "give either variants (A/B/n) or factors (a multivariate test)");
            return List.of();
        }
        return input.present("variants") ? variants(input, body.get("variants")) : cells(input, body.get("factors"));
    }

    private static List<Arm> variants(JsonInput input, JsonNode list) {
        if (!list.isArray() || list.size() < 2 || list.size() > MAX_ARMS) {
            input.fail("variants", "must be an array of 2 to " + MAX_ARMS + " variants");
            return List.of();
        }
        List<Arm> arms = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                input.fail("variants[" + i + "]", "must be an object {\"key\", \"weight\", \"control\"}");
                continue;
            }
            JsonInput variant = input.element((ObjectNode) node, "variants", i);
            variant.rejectUnknown(Set.of("key", "weight", "control"));
            Optional<String> key = variant.text("key", 64).filter(k -> ARM_KEY.matcher(k).matches() && keys.add(k));
            if (key.isEmpty()) {
                variant.fail("key", "is required: unique, of letters, digits, '_' or '-'");
            }
            double weight = number(variant, (ObjectNode) node, "weight", 0, 1e6, 1);
            boolean control = variant.bool("control").orElse(false);
            key.ifPresent(k -> arms.add(new Arm(k, weight, control)));
        }
        return controlled(input, arms, list.size(), "variants");
    }

    /** The full factorial: every combination of levels is a cell with equal weight; the first levels are control. */
    private static List<Arm> cells(JsonInput input, JsonNode list) {
        if (!list.isArray() || list.isEmpty() || list.size() > 4) {
            input.fail("factors", "must be an array of 1 to 4 factors {\"key\", \"levels\"}");
            return List.of();
        }
        List<String> cells = List.of("");
        for (int i = 0; i < list.size(); i++) {
            JsonNode factor = list.get(i);
            String path = "factors[" + i + "]";
            String key = factor.path("key").asText("");
            JsonNode levels = factor.path("levels");
            if (!factor.isObject() || !ARM_KEY.matcher(key).matches() || !levels.isArray() || levels.size() < 2
                    || factor.size() != 2) {
                input.fail(path, "must be {\"key\": \"color\", \"levels\": [\"red\", \"blue\"]} with 2 or more levels");
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String cell : cells) {
                for (JsonNode level : levels) {
                    next.add((cell.isEmpty() ? "" : cell + "|") + key + "=" + level.asText());
                }
            }
            cells = next;
        }
        if (cells.size() > MAX_CELLS || new HashSet<>(cells).size() != cells.size()) {
            input.fail("factors", "must make at most " + MAX_CELLS + " distinct cells");
            return List.of();
        }
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            arms.add(new Arm(cells.get(i), 1, i == 0));
        }
        return arms;
    }

    /** Marks the first arm control when none is; more than one is an error. */
    private static List<Arm> controlled(JsonInput input, List<Arm> arms, int expected, String field) {
        long controls = arms.stream().filter(Arm::control).count();
        if (controls > 1) {
            input.fail(field, "must have at most one control (the first is control when none is marked)");
        }
        if (arms.stream().noneMatch(arm -> arm.weight() > 0)) {
            input.fail(field, "must give at least one arm a weight above 0");
        }
        if (arms.size() != expected || controls > 1) {
            return List.of();
        }
        if (controls == 0) {
            List<Arm> marked = new ArrayList<>(arms);
            marked.set(0, new Arm(arms.get(0).key(), arms.get(0).weight(), true));
            return marked;
        }
        return arms;
    }

    private static Optional<Namespace> namespace(JsonInput input, ObjectNode node) {
        input.rejectUnknown(Set.of("name", "start", "end"));
        Optional<String> name = input.text("name", 64);
        required(input, "name");
        double start = number(input, node, "start", 0, 1, 0);
        double end = number(input, node, "end", 0, 1, 1);
        if (!(start < end)) {
            input.fail("end", "must be above start");
            return Optional.empty();
        }
        return name.map(n -> new Namespace(n, start, end));
    }

    private void metrics(JsonInput input, ObjectNode body, String field) {
        JsonNode list = body.get(field);
        if (list == null) {
            return;
        }
        if (!list.isArray() || list.size() > 20) {
            input.fail(field, "must be an array of at most 20 metrics");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            metric(input, list.get(i), field + "[" + i + "]", true);
        }
    }

    /** {"type": "conversion" | "count" | "sum", "event", "property", "windowHours", "where"} or a ratio of two. */
    private void metric(JsonInput root, JsonNode node, String path, boolean ratioAllowed) {
        if (node == null) {
            root.report(new ApiException.Invalid(path, "is required: e.g. {\"type\": \"conversion\", \"event\": \"Order Completed\"}"));
            return;
        }
        if (!node.isObject()) {
            root.report(new ApiException.Invalid(path, "must be a metric object"));
            return;
        }
        String type = node.path("type").asText("");
        if (type.equals("ratio") && ratioAllowed) {
            for (String part : List.of("numerator", "denominator")) {
                metric(root, node.get(part), path + "." + part, false);
            }
            rejectUnknown(root, node, path, Set.of("type", "numerator", "denominator"));
            return;
        }
        if (!Set.of("conversion", "count", "sum").contains(type)) {
            root.report(new ApiException.Invalid(path + ".type", ratioAllowed
                    ? "must be conversion, count, sum or ratio" : "must be conversion, count or sum"));
            return;
        }
        rejectUnknown(root, node, path, Set.of("type", "event", "property", "windowHours", "where"));
        if (type.equals("sum") && !node.path("property").isTextual()) {
            root.report(new ApiException.Invalid(path + ".property", "is required for a sum: the property to add up, e.g. revenue"));
        }
        JsonNode hours = node.get("windowHours");
        if (hours != null && (!hours.canConvertToExactIntegral() || hours.asLong() < 1 || hours.asLong() > 8760)) {
            root.report(new ApiException.Invalid(path + ".windowHours", "must be a whole number of hours from 1 to 8760"));
        }
        ObjectNode condition = JsonNodeFactory.instance.objectNode();
        condition.set("event", node.get("event"));
        if (node.has("where")) {
            condition.set("where", node.get("where"));
        }
        try {
            segments.eventMatch(condition, path);
        } catch (ApiException.Invalid e) {
            root.report(e);
        }
    }

    private static void rejectUnknown(JsonInput root, JsonNode node, String path, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                root.report(new ApiException.Invalid(path + "." + name, "is not a known field"));
            }
        });
    }

    private static double number(JsonInput input, ObjectNode node, String field, double min, double max, double fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.doubleValue() < min || value.doubleValue() > max) {
            input.fail(field, "must be a number from " + min + " to " + max);
            return fallback;
        }
        return value.doubleValue();
    }

    private static void required(JsonInput input, String field) {
        if (!input.present(field)) {
            input.fail(field, "is required");
        }
    }
}
