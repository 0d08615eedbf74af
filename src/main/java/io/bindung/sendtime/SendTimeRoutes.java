package io.bindung.sendtime;

import io.bindung.customers.Customer;
import io.bindung.customers.CustomerStore;
import io.bindung.http.ApiException;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /v1/customers/{id}/send-time}: the best whole local hour to reach a customer on a
 * channel within a window, with how much of the answer is their own history and how much the
 * group's, and the top hours. See {@link SendTimeChoice} for the model.
 */
public final class SendTimeRoutes implements Routes {
    static final Duration MAX_WINDOW = Duration.ofDays(14);

    private final CustomerStore customers;
    private final SendTimes sendTimes;
    private final Clock clock;
    private final Runnable awaitStoredEvents;

    public SendTimeRoutes(SendTimes sendTimes, CustomerStore customers, Clock clock, Runnable awaitStoredEvents) {
        this.customers = customers;
        this.sendTimes = sendTimes;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    record TopHour(String day, int hour, Instant at, double share) {
    }

    record Explanation(double ownEngagements, double ownWeight, double groupWeight, List<TopHour> topHours) {
    }

    record Answer(String customerId, String channel, String timezone, Instant sendAt, String localSendAt, double engagementShare,
                  Explanation explanation) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/customers/{id}/send-time", this::sendTime, Scope.READ);
    }

    private void sendTime(Context ctx) {
        Instant now = clock.instant();
        String label = QueryParams.text(ctx, "channel").orElse("email");
        EngagementChannel channel = EngagementChannel.parse(label)
                .orElseThrow(() -> new ApiException.Invalid("channel", "must be email, push, sms or whatsapp"));
        Instant from = QueryParams.instant(ctx, "from").orElse(now);
        Instant to = QueryParams.instant(ctx, "to").orElse(from.plus(Duration.ofDays(1)));
        if (!from.isBefore(to)) {
            throw new ApiException.Invalid("to", "must be after from");
        }
        if (!to.isAfter(now)) {
            throw new ApiException.Invalid("to", "must be in the future: the window is over");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw new ApiException.Invalid("to", "must be at most 14 days after from");
        }
        Optional<QuietHours> quiet = quietHours(ctx);
        awaitStoredEvents.run();
        Customer customer = customers.find(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException.NotFound("No customer with id '" + ctx.pathParam("id") + "'."));
        ZoneId zone = EngagementHistory.zone(customer.timezone());
        Instant start = from.isBefore(now) ? now : from;
        SendTimeChoice choice = sendTimes.choose(customer.id(), zone, channel, start, to, quiet, now).orElseThrow(() -> new ApiException.Invalid("to",
                "the window holds no whole local hour outside the quiet hours"));
        List<TopHour> top = choice.top().stream().map(slot -> new TopHour(slot.local().getDayOfWeek().toString().toLowerCase(Locale.ROOT),
                slot.local().getHour(), slot.at(), slot.share())).toList();
        ctx.json(new Answer(customer.id(), channel.label(), zone.getId(), choice.best().at(), choice.best().local().toOffsetDateTime().toString(),
                choice.best().share(), new Explanation(choice.ownEngagements(), choice.ownWeight(), 1 - choice.ownWeight(), top)));
    }

    private static Optional<QuietHours> quietHours(Context ctx) {
        Optional<LocalTime> start = localTime(ctx, "quietStart");
        Optional<LocalTime> end = localTime(ctx, "quietEnd");
        if (start.isPresent() != end.isPresent()) {
            throw new ApiException.Invalid("quietEnd", "quietStart and quietEnd come together");
        }
        if (start.isPresent() && start.get().equals(end.get())) {
            throw new ApiException.Invalid("quietEnd", "must differ from quietStart");
        }
        return start.map(s -> new QuietHours(s, end.get()));
    }

    private static Optional<LocalTime> localTime(Context ctx, String name) {
        try {
            return QueryParams.text(ctx, name).map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            throw new ApiException.Invalid(name, "must be a local time like 21:00");
        }
    }
}
