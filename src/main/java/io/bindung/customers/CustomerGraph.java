package io.bindung.customers;

import graphql.schema.idl.RuntimeWiring;
import io.bindung.graphql.GraphQlFeature;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code Query.customer} and the {@code Customer} fields stored with the profile. Thread-safe. */
public final class CustomerGraph implements GraphQlFeature {
    private final CustomerStore customers;
    private final Runnable awaitStoredEvents;

    /** @param awaitStoredEvents returns once acknowledged events are stored: an event creates its customer */
    public CustomerGraph(CustomerStore customers, Runnable awaitStoredEvents) {
        this.customers = customers;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    /** One channel's consent as {@code ChannelConsent} shows it. */
    record Consent(String channel, boolean subscribed, Instant changedAt) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("customer", env -> {
            awaitStoredEvents.run();
            return customers.find(env.getArgument("id")).orElse(null);
        }));
        wiring.type("Customer", type -> type.dataFetcher("consent", env -> consent(((Customer) env.getSource()).consent())));
    }

    private static List<Consent> consent(Map<String, ChannelConsent> consent) {
        return consent.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Consent(entry.getKey(), entry.getValue().subscribed(), entry.getValue().changedAt()))
                .toList();
    }
}
