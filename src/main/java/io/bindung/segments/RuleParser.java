package io.bindung.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.http.ApiException;
import io.bindung.http.DateTimes;
import io.bindung.segments.Comparison.Operand;
import io.bindung.segments.Comparison.Operator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule from JSON, collecting every problem with the JSON path of the node at fault
 * ({@code rule.and[1].op}) so that one answer names them all. Not thread-safe; use one per rule.
 */
final class RuleParser {
    static final int MAX_DEPTH = 8;
    static final int MAX_CONDITIONS = 50;
    private static final int MAX_LIST = 1000;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_DAYS = 36_500;
    private static final Set<String> CHANNELS = Set.of("email", "sms", "push", "whatsapp");
    private static final String KINDS = "one of 'and', 'or', 'not', 'field', 'attribute', 'consent', 'event' or 'aggregate'";

    private final List<ApiException.FieldError> errors = new ArrayList<>();
    private int conditions;

    private RuleParser() {
    }

    /** The rule at {@code path} of a request, or 400 naming each bad node. */
    static Rule parse(JsonNode node, String path) {
        RuleParser parser = new RuleParser();
        Rule rule = parser.rule(node, path, 1);
        if (!parser.errors.isEmpty()) {
            throw new ApiException.Invalid("The segment rule has " + parser.errors.size() + " problem(s).", parser.errors);
        }
        return rule;
    }

    private Rule rule(JsonNode node, String path, int depth) {
        if (node == null || !node.isObject()) {
            return fail(path, "must be an object: " + KINDS);
        }
        if (depth > MAX_DEPTH) {
            return fail(path, "nests too deep (at most " + MAX_DEPTH + " levels)");
        }
        if (node.has("and") || node.has("or")) {
            return group(node, path, depth);
        }
        if (node.has("not")) {
            only(node, path, "not");
            Rule inner = rule(node.get("not"), path + ".not", depth + 1);
            return inner == null ? null : new Rule.Not(inner);
        }
        if (++conditions > MAX_CONDITIONS) {
            return fail(path, "exceeds the limit of " + MAX_CONDITIONS + " conditions per rule");
        }
        if (node.has("field")) {
            return field(node, path);
        }
        if (node.has("attribute")) {
            return attribute(node, path);
        }
        if (node.has("consent")) {
            return consent(node, path);
        }
        if (node.has("event")) {
            return event(node, path);
        }
        if (node.has("aggregate")) {
            return aggregate(node, path);
        }
        return fail(path, "must have a kind: " + KINDS);
    }

    private Rule group(JsonNode node, String path, int depth) {
        boolean and = node.has("and");
        String key = and ? "and" : "or";
        only(node, path, key);
        JsonNode parts = node.get(key);
        if (!parts.isArray() || parts.isEmpty() || parts.size() > MAX_CONDITIONS) {
            return fail(path + "." + key, "must be an array of 1 to " + MAX_CONDITIONS + " rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            rules.add(rule(parts.get(i), path + "." + key + "[" + i + "]", depth + 1));
        }
        if (rules.contains(null)) {
            return null;
        }
        return and ? new Rule.All(rules) : new Rule.Any(rules);
    }

    private Rule field(JsonNode node, String path) {
        only(node, path, "field", "op", "value");
        Optional<ProfileColumn> field = text(node, path, "field").flatMap(label -> {
            Optional<ProfileColumn> known = ProfileColumn.of(label);
            if (known.isEmpty()) {
                fail(path + ".field", "must be one of " + ProfileColumn.labels());
            }
            return known;
        });
        Comparison comparison = comparison(node, path);
        if (field.isEmpty() || comparison == null) {
            return null;
        }
        boolean fits = field.get().time() ? isTime(comparison) : isText(comparison);
        if (!fits) {
            return fail(path, field.get().time()
                    ? "compares a date: use gt, gte, lt or lte with an ISO 8601 date-time or {\"daysAgo\": n}"
                    : "compares text: use eq, neq, in, contains or exists with strings");
        }
        return new Rule.FieldCondition(field.get(), comparison);
    }

    private Rule attribute(JsonNode node, String path) {
        only(node, path, "attribute", "op", "value");
        Optional<JsonPath> attribute = jsonPath(node, path, "attribute");
        Comparison comparison = comparison(node, path);
        return attribute.isEmpty() || comparison == null ? null : new Rule.AttributeCondition(attribute.get(), comparison);
    }

    private Rule consent(JsonNode node, String path) {
        only(node, path, "consent", "subscribed");
        Optional<String> channel = text(node, path, "consent").filter(name -> {
            boolean known = CHANNELS.contains(name);
            if (!known) {
                fail(path + ".consent", "must be one of email, sms, push, whatsapp");
            }
            return known;
        });
        boolean subscribed = true;
        if (node.has("subscribed")) {
            if (!node.get("subscribed").isBoolean()) {
                return fail(path + ".subscribed", "must be true or false");
            }
            subscribed = node.get("subscribed").booleanValue();
        }
        return channel.isPresent() ? new Rule.ConsentCondition(channel.get(), subscribed) : null;
    }

    private Rule event(JsonNode node, String path) {
        only(node, path, "event", "did", "atLeast", "atMost", "withinDays", "from", "to", "where");
        Optional<String> name = text(node, path, "event");
        boolean did = !node.has("did") || bool(node, path, "did");
        Optional<Long> atLeast = count(node, path, "atLeast");
        Optional<Long> atMost = count(node, path, "atMost");
        if (!did && (atLeast.isPresent() || atMost.isPresent())) {
            fail(path + ".did", "cannot be false together with atLeast or atMost (use atMost: 0)");
        }
        if (atLeast.isPresent() && atMost.isPresent() && atLeast.get() > atMost.get()) {
            fail(path + ".atMost", "must not be less than atLeast");
        }
        TimeWindow window = window(node, path);
        List<Rule.PropertyFilter> where = propertyFilters(node, path);
        if (name.isEmpty() || window == null || where == null) {
            return null;
        }
        if (!did) {
            return new Rule.EventCondition(name.get(), 0, Optional.of(0L), window, where);
        }
        long least = atLeast.orElse(atMost.isPresent() ? 0L : 1L);
        return new Rule.EventCondition(name.get(), least, atMost, window, where);
    }

    private Rule aggregate(JsonNode node, String path) {
        only(node, path, "aggregate", "op", "value", "withinDays", "from", "to");
        Optional<Aggregate> aggregate = text(node, path, "aggregate").flatMap(label -> {
            Optional<Aggregate> known = Aggregate.of(label);
            if (known.isEmpty()) {
                fail(path + ".aggregate", "must be one of " + Aggregate.labels());
            }
            return known;
        });
        Comparison comparison = comparison(node, path);
        TimeWindow window = window(node, path);
        if (aggregate.isEmpty() || comparison == null || window == null) {
            return null;
        }
        boolean numeric = comparison.operand() instanceof Comparison.Number
                && (comparison.operator().ordering() || comparison.operator() == Operator.EQ || comparison.operator() == Operator.NEQ);
        if (!numeric) {
            return fail(path, "compares a number: use eq, neq, gt, gte, lt or lte with a number");
        }
        return new Rule.AggregateCondition(aggregate.get(), comparison, window);
    }

    private List<Rule.PropertyFilter> propertyFilters(JsonNode node, String path) {
        JsonNode where = node.get("where");
        if (where == null) {
            return List.of();
        }
        if (!where.isArray() || where.size() > MAX_CONDITIONS) {
            fail(path + ".where", "must be an array of at most " + MAX_CONDITIONS + " property conditions");
            return null;
        }
        List<Rule.PropertyFilter> filters = new ArrayList<>();
        for (int i = 0; i < where.size(); i++) {
            String at = path + ".where[" + i + "]";
            JsonNode filter = where.get(i);
            if (!filter.isObject()) {
                fail(at, "must be an object like {\"property\": \"revenue\", \"op\": \"gt\", \"value\": 50}");
                continue;
            }
            only(filter, at, "property", "op", "value");
            Optional<JsonPath> property = jsonPath(filter, at, "property");
            Comparison comparison = comparison(filter, at);
            if (property.isPresent() && comparison != null) {
                filters.add(new Rule.PropertyFilter(property.get(), comparison));
            }
        }
        return filters.size() == where.size() ? filters : null;
    }

    private TimeWindow window(JsonNode node, String path) {
        Optional<Long> withinDays = Optional.empty();
        if (node.has("withinDays")) {
            JsonNode days = node.get("withinDays");
            if (!days.canConvertToExactIntegral() || days.asLong() < 1 || days.asLong() > MAX_DAYS) {
                fail(path + ".withinDays", "must be a whole number of days from 1 to " + MAX_DAYS);
                return null;
            }
            withinDays = Optional.of(days.asLong());
        }
        Optional<Instant> from = instantField(node, path, "from");
        Optional<Instant> to = instantField(node, path, "to");
        if (withinDays.isPresent() && (from.isPresent() || to.isPresent())) {
            fail(path + ".withinDays", "cannot be combined with from or to");
            return null;
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            fail(path + ".to", "must be after from");
            return null;
        }
        return new TimeWindow(withinDays, from, to);
    }

    private Comparison comparison(JsonNode node, String path) {
        Optional<Operator> operator = text(node, path, "op").flatMap(label -> {
            Optional<Operator> known = Arrays.stream(Operator.values()).filter(op -> op.label().equals(label)).findFirst();
            if (known.isEmpty()) {
                fail(path + ".op", "must be one of eq, neq, in, contains, exists, gt, gte, lt, lte");
            }
            return known;
        });
        if (operator.isEmpty()) {
            return null;
        }
        Operand operand = operand(operator.get(), node.get("value"), path + ".value");
        return operand == null ? null : new Comparison(operator.get(), operand);
    }

    private Operand operand(Operator operator, JsonNode value, String path) {
        if (operator == Operator.EXISTS) {
            return value == null ? new Comparison.Nothing() : failOperand(path, "must be left out: exists compares with nothing");
        }
        if (value == null || value.isNull()) {
            return failOperand(path, "is required for '" + operator.label() + "'");
        }
        return switch (operator) {
            case IN -> list(value, path);
            case CONTAINS -> value.isTextual() || value.isNumber() ? scalar(value)
                    : failOperand(path, "must be a string (a substring, or an element of an array) or a number (an element)");
            case GT, GTE, LT, LTE -> ordered(value, path);
            default -> value.isTextual() || value.isNumber() || value.isBoolean() ? scalar(value)
                    : failOperand(path, "must be a string, a number or true/false");
        };
    }

    private Operand scalar(JsonNode value) {
        if (value.isBoolean()) {
            return new Comparison.Bool(value.booleanValue());
        }
        return value.isNumber() ? new Comparison.Number(value.doubleValue()) : new Comparison.Text(value.textValue());
    }

    private Operand list(JsonNode value, String path) {
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_LIST) {
            return failOperand(path, "must be an array of 1 to " + MAX_LIST + " strings or numbers");
        }
        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isTextual() && item.textValue().length() <= MAX_TEXT) {
                texts.add(item.textValue());
            } else if (item.isNumber()) {
                numbers.add(item.doubleValue());
            }
        }
        if (texts.size() == value.size()) {
            return new Comparison.TextList(texts);
        }
        return numbers.size() == value.size() ? new Comparison.NumberList(numbers)
                : failOperand(path, "must hold only strings or only numbers");
    }

    private Operand ordered(JsonNode value, String path) {
        String expectation = "must be a number, an ISO 8601 date-time or {\"daysAgo\": n} / {\"daysFromNow\": n}";
        if (value.isNumber()) {
            return new Comparison.Number(value.doubleValue());
        }
        if (value.isTextual()) {
            return parseInstant(value.textValue()).<Operand>map(Comparison.Moment::new).orElseGet(() -> failOperand(path, expectation));
        }
        if (value.isObject() && value.size() == 1 && (value.has("daysAgo") || value.has("daysFromNow"))) {
            JsonNode days = value.has("daysAgo") ? value.get("daysAgo") : value.get("daysFromNow");
            if (days.canConvertToExactIntegral() && Math.abs(days.asLong()) <= MAX_DAYS) {
                return new Comparison.DaysAgo(value.has("daysAgo") ? days.asLong() : -days.asLong());
            }
        }
        return failOperand(path, expectation);
    }

    /** A date-time with offset, or a date (midnight UTC). */
    static Optional<Instant> parseInstant(String raw) {
        return DateTimes.parse(raw).or(() -> {
            try {
                return DateTimes.supported(LocalDate.parse(raw).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<Instant> instantField(JsonNode node, String path, String name) {
        if (!node.has(name)) {
            return Optional.empty();
        }
        Optional<Instant> instant = node.get(name).isTextual() ? parseInstant(node.get(name).textValue()) : Optional.empty();
        if (instant.isEmpty()) {
            fail(path + "." + name, "must be an ISO 8601 date-time with offset, e.g. 2026-01-31T00:00:00Z");
        }
        return instant;
    }

    private Optional<JsonPath> jsonPath(JsonNode node, String path, String name) {
        return text(node, path, name).flatMap(dotted -> {
            try {
                return Optional.of(JsonPath.parse(dotted));
            } catch (IllegalArgumentException e) {
                fail(path + "." + name, JsonPath.RULE);
                return Optional.empty();
            }
        });
    }

    private Optional<String> text(JsonNode node, String path, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.textValue().isEmpty() || value.textValue().length() > MAX_TEXT) {
            fail(path + "." + name, "must be a non-empty string of at most " + MAX_TEXT + " characters");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private boolean bool(JsonNode node, String path, String name) {
        if (!node.get(name).isBoolean()) {
            fail(path + "." + name, "must be true or false");
            return true;
        }
        return node.get(name).booleanValue();
    }

    private Optional<Long> count(JsonNode node, String path, String name) {
        if (!node.has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.canConvertToExactIntegral() || value.asLong() < 0 || value.asLong() > 1_000_000_000L) {
            fail(path + "." + name, "must be a whole number, 0 or more");
            return Optional.empty();
        }
        return Optional.of(value.asLong());
    }

    private void only(JsonNode node, String path, String... known) {
        Set<String> allowed = Set.of(known);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fail(path + "." + name, "is not allowed here (allowed: " + String.join(", ", known) + ")");
            }
        }
    }

    private static boolean isTime(Comparison comparison) {
        Operand operand = comparison.operand();
        return comparison.operator().ordering() && (operand instanceof Comparison.Moment || operand instanceof Comparison.DaysAgo);
    }

    private static boolean isText(Comparison comparison) {
        Operand operand = comparison.operand();
        return !comparison.operator().ordering()
                && (operand instanceof Comparison.Text || operand instanceof Comparison.TextList || operand instanceof Comparison.Nothing);
    }

    private Rule fail(String path, String message) {
        errors.add(new ApiException.FieldError(path, message));
        return null;
    }

    private Operand failOperand(String path, String message) {
        fail(path, message);
        return null;
    }
}
