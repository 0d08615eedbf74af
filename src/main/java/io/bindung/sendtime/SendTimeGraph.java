package io.bindung.sendtime;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code Customer.bestSendTime}: the send-time model's hour, batched: a page of customers asking
 * for the same channel and window is answered with one read of their profiles. Thread-safe.
 */
public final class SendTimeGraph implements GraphQlFeature {
    private static final String LOADER = "bestSendTime";

    private final SendTimes sendTimes;
    private final Clock clock;
    private final Runnable awaitStoredEvents;

    public SendTimeGraph(SendTimes sendTimes, Clock clock, Runnable awaitStoredEvents) {
        this.sendTimes = sendTimes;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    /** One customer's question: their clock, the channel and how many hours from now the window spans. */
    private record Ask(String customerId, ZoneId zone, String channel, int withinHours) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Customer", type -> type.dataFetcher("bestSendTime", this::bestSendTime));
    }

    @Override
    public void loaders(DataLoaderRegistry registry) {
        BatchLoader<Ask, Instant> loader = asks -> CompletableFuture.completedFuture(answer(asks));
        registry.register(LOADER, DataLoaderFactory.newDataLoader(loader));
    }

    private CompletableFuture<Instant> bestSendTime(DataFetchingEnvironment env) {
        Integer hours = env.getArgument("withinHours");
        if (hours == null || hours < 1 || hours > HourOfWeek.HOURS) {
            throw new ApiException.Invalid("withinHours", "must be from 1 to 168");
        }
        Customer customer = env.getSource();
        return env.<Ask, Instant>getDataLoader(LOADER).load(new Ask(customer.id(), customer.zone(), env.getArgument("channel"), hours));
    }

    /** One model call per distinct channel and window among the asks; null for a channel the model does not cover. */
    private List<Instant> answer(List<Ask> asks) {
        awaitStoredEvents.run();
        Instant now = clock.instant();
        Map<Ask, Instant> answers = new HashMap<>();
        Map<String, List<Ask>> byQuestion = new LinkedHashMap<>();
        asks.forEach(ask -> byQuestion.computeIfAbsent(ask.channel() + "/" + ask.withinHours(), key -> new ArrayList<>()).add(ask));
        for (List<Ask> same : byQuestion.values()) {
            Optional<EngagementChannel> channel = EngagementChannel.parse(same.get(0).channel());
            if (channel.isEmpty()) {
                continue;
            }
            Map<String, ZoneId> zones = new HashMap<>();
            same.forEach(ask -> zones.put(ask.customerId(), ask.zone()));
            Window window = new Window(now, now.plus(Duration.ofHours(same.get(0).withinHours())), Optional.empty(),
                    Window.DEFAULT_HORIZON_HOURS);
            Map<String, SendTimeChoice> choices = sendTimes.choose(channel.get(), zones, window, now);
            same.forEach(ask -> answers.put(ask, Optional.ofNullable(choices.get(ask.customerId())).map(choice -> choice.best().at())
                    .orElse(null)));
        }
        return asks.stream().map(answers::get).toList();
    }
}
