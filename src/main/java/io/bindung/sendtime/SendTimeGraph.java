package io.bindung.sendtime;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.graphql.GraphQlFeature;
import io.bindung.http.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code Customer.bestSendTime}: the send-time model's hour for one customer. Thread-safe. */
public final class SendTimeGraph implements GraphQlFeature {
    private final SendTimes sendTimes;
    private final Clock clock;
    private final Runnable awaitStoredEvents;

    public SendTimeGraph(SendTimes sendTimes, Clock clock, Runnable awaitStoredEvents) {
        this.sendTimes = sendTimes;
        this.clock = clock;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Customer", type -> type.dataFetcher("bestSendTime", this::bestSendTime));
    }

    private Instant bestSendTime(DataFetchingEnvironment env) {
        Integer hours = env.getArgument("withinHours");
        if (hours == null || hours < 1 || hours > 168) {
            throw new ApiException.Invalid("withinHours", "must be from 1 to 168");
        }
        Customer customer = env.getSource();
        Instant now = clock.instant();
        awaitStoredEvents.run();
        return sendTimes.best(customer.id(), customer.zone(), env.getArgument("channel"), now,
                now.plus(Duration.ofHours(hours)), Optional.empty(), now).orElse(null);
    }
}
