package io.bindung.sendtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.customers.CustomerStore;
import io.bindung.http.ApiException;
import io.bindung.http.JsonBodies;
import io.bindung.http.JsonInput;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/customers/{id}/send-time}: the best whole local hour to reach a customer on a
 * channel within a window, with how much of the answer is their own history and how much the
 * group's, and the top hours; {@code POST /v1/send-times} the same for up to 1,000 customers. See
 * {@link SendTimeChoice} for the model.
 */
public final class SendTimeRoutes implements Routes {
    static final Duration MAX_WINDOW = Duration.ofDays(14);
    static final int MAX_CUSTOMERS = 1000;
    private static final long BATCH_BODY_LIMIT = 512 * 1024;

    private final CustomerStore customers;
    private final SendTimes sendTimes;
    private final Clock clock;
    private final Runnable awaitStoredEvents;
    private final JsonBodies bodies;

    public SendTimeRoutes(SendTimes sendTimes, CustomerStore customers, JsonBodies bodies, Clock clock, Runnable awaitStoredEvents) {
        this.bodies = bodies;
        this.customers = customers;
        this.sendTimes = sendTimes;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    record TopHour(String day, int hour, Instant at, double share, Double engagementProbability) {
    }

    record Explanation(double ownEngagements, double ownWeight, double groupWeight, double priorStrength, RhythmGroups.Likely likelyGroup,
                       boolean calibrated, List<TopHour> topHours) {
    }

    record Answer(String customerId, String channel, String timezone, Instant sendAt, String localSendAt, double engagementShare,
                  Double engagementProbability, int horizonHours, Explanation explanation) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/customers/{id}/send-time", this::sendTime, Scope.READ);
        routes.post("/v1/send-times", this::batch, Scope.READ);
    }

    /** The answer of the batch form: a send time per known customer, and who could not get one. */
    record Batch(List<Answer> sendTimes, List<String> unknownCustomers, List<String> withoutHour) {
    }

    /** What every request asks: a channel and a window (its past part dropped) with optional quiet hours and a horizon. */
    private record Ask(EngagementChannel channel, Window window) {
        static Ask of(Optional<String> channel, Optional<Instant> from, Optional<Instant> to, Optional<String> quietStart,
                      Optional<String> quietEnd, Optional<Integer> horizonHours, Instant now) {
            EngagementChannel engaged = EngagementChannel.parse(channel.orElse("email"))
                    .orElseThrow(() -> new ApiException.Invalid("channel", "must be email, push, sms or whatsapp"));
            Instant start = from.orElse(now);
            Instant end = to.orElse(start.plus(Duration.ofDays(1)));
            if (!start.isBefore(end)) {
                throw new ApiException.Invalid("to", "must be after from");
            }
            if (!end.isAfter(now)) {
                throw new ApiException.Invalid("to", "must be in the future: the window is over");
            }
            if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
                throw new ApiException.Invalid("to", "must be at most 14 days after from");
            }
            int horizon = horizonHours.orElse(Window.DEFAULT_HORIZON_HOURS);
            if (horizon < 1 || horizon > HourOfWeek.HOURS) {
                throw new ApiException.Invalid("horizonHours", "must be from 1 to 168");
            }
            return new Ask(engaged, new Window(start.isBefore(now) ? now : start, end, quietHours(quietStart, quietEnd), horizon));
        }
    }

    private void sendTime(Context ctx) {
        Instant now = clock.instant();
        Ask ask = Ask.of(QueryParams.text(ctx, "channel"), QueryParams.instant(ctx, "from"), QueryParams.instant(ctx, "to"),
                QueryParams.text(ctx, "quietStart"), QueryParams.text(ctx, "quietEnd"), horizonHours(ctx), now);
        awaitStoredEvents.run();
        String id = ctx.pathParam("id");
        Map<String, ZoneId> zones = customers.zones(List.of(id));
        if (zones.isEmpty()) {
            throw new ApiException.NotFound("No customer with id '" + id + "'.");
        }
        SendTimeChoice choice = sendTimes.choose(ask.channel(), zones, ask.window(), now).get(id);
        if (choice == null) {
            throw new ApiException.Invalid("to", "the window holds no whole local hour outside the quiet hours");
        }
        ctx.json(answer(id, zones.get(id), ask, choice));
    }

    private static Optional<Integer> horizonHours(Context ctx) {
        Optional<String> text = QueryParams.text(ctx, "horizonHours");
        try {
            return text.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new ApiException.Invalid("horizonHours", "must be a whole number of hours from 1 to 168");
        }
    }

    private void batch(Context ctx) {
        Instant now = clock.instant();
        ObjectNode body = bodies.object(ctx, BATCH_BODY_LIMIT);
        JsonInput input = new JsonInput(body);
        input.rejectUnknown(Set.of("customerIds", "channel", "from", "to", "quietStart", "quietEnd", "horizonHours"));
        List<String> ids = customerIds(body.get("customerIds"), input);
        Optional<String> channel = input.text("channel", 20);
        Optional<Instant> from = input.instant("from");
        Optional<Instant> to = input.instant("to");
        Optional<String> quietStart = input.text("quietStart", 8);
        Optional<String> quietEnd = input.text("quietEnd", 8);
        Optional<Integer> horizonHours = input.integer("horizonHours", 1, HourOfWeek.HOURS);
        input.throwIfInvalid();
        Ask ask = Ask.of(channel, from, to, quietStart, quietEnd, horizonHours, now);
        awaitStoredEvents.run();
        Set<String> asked = new LinkedHashSet<>(ids);
        Map<String, ZoneId> zones = customers.zones(asked);
        Map<String, SendTimeChoice> choices = sendTimes.choose(ask.channel(), zones, ask.window(), now);
        List<Answer> answers = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> withoutHour = new ArrayList<>();
        for (String id : asked) {
            if (!zones.containsKey(id)) {
                unknown.add(id);
            } else if (choices.containsKey(id)) {
                answers.add(answer(id, zones.get(id), ask, choices.get(id)));
            } else {
                withoutHour.add(id);
            }
        }
        ctx.json(new Batch(answers, unknown, withoutHour));
    }

    /** 1 to 1,000 customer ids, each a non-blank string of at most 255 characters. */
    private static List<String> customerIds(JsonNode value, JsonInput input) {
        List<String> ids = new ArrayList<>();
        if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_CUSTOMERS) {
            input.fail("customerIds", "must be an array of 1 to " + MAX_CUSTOMERS + " customer ids");
            return ids;
        }
        for (JsonNode id : value) {
            if (!id.isTextual() || id.textValue().isBlank() || id.textValue().length() > 255) {
                input.fail("customerIds", "must hold non-blank strings of at most 255 characters");
                return ids;
            }
            ids.add(id.textValue());
        }
        return ids;
    }

    private static Answer answer(String customerId, ZoneId zone, Ask ask, SendTimeChoice choice) {
        List<TopHour> top = choice.top().stream().map(slot -> new TopHour(slot.local().getDayOfWeek().toString().toLowerCase(Locale.ROOT),
                slot.local().getHour(), slot.at(), slot.share(), probability(choice, slot))).toList();
        Posterior posterior = choice.posterior();
        SendTimeChoice.Slot best = choice.best();
        return new Answer(customerId, ask.channel().label(), zone.getId(), best.at(), best.local().toOffsetDateTime().toString(), best.share(),
                probability(choice, best), ask.window().horizonHours(), new Explanation(posterior.ownEngagements(),
                1 - posterior.groupWeight(), posterior.groupWeight(), posterior.strength(), posterior.likelyGroup(), choice.calibrated(),
                top));
    }

    /** A chance is only claimed when it was measured on the channel's sends. */
    private static Double probability(SendTimeChoice choice, SendTimeChoice.Slot slot) {
        return choice.calibrated() ? slot.probability() : null;
    }

    private static Optional<QuietHours> quietHours(Optional<String> quietStart, Optional<String> quietEnd) {
        Optional<LocalTime> start = localTime(quietStart, "quietStart");
        Optional<LocalTime> end = localTime(quietEnd, "quietEnd");
        if (start.isPresent() != end.isPresent()) {
            throw new ApiException.Invalid("quietEnd", "quietStart and quietEnd come together");
        }
        if (start.isPresent() && start.get().equals(end.get())) {
            throw new ApiException.Invalid("quietEnd", "must differ from quietStart");
        }
        return start.map(s -> new QuietHours(s, end.get()));
    }

    private static Optional<LocalTime> localTime(Optional<String> text, String name) {
        try {
            return text.map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            throw new ApiException.Invalid(name, "must be a local time like 21:00");
        }
    }
}
