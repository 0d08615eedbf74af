package io.bindung.events;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.bindung.customers.Customer;
import io.bindung.graphql.Arguments;
import io.bindung.graphql.Connection;
import io.bindung.graphql.GraphQlFeature;

import java.time.Instant;
import java.util.Optional;

/** {@code Customer.events}: the timeline, newest first, filtered by name and time. Thread-safe. */
public final class EventGraph implements GraphQlFeature {
    private final EventStore events;
    private final Runnable awaitStoredEvents;

    public EventGraph(EventStore events, Runnable awaitStoredEvents) {
        this.events = events;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Customer", type -> type.dataFetcher("events", this::events));
        wiring.type("Event", type -> type.dataFetcher("name", env -> ((Event) env.getSource()).event()));
    }

    private Connection<Event> events(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        Optional<Instant> from = Optional.ofNullable(env.getArgument("from"));
        Optional<Instant> to = Optional.ofNullable(env.getArgument("to"));
        awaitStoredEvents.run();
        EventStore.TimelineFilter filter = new EventStore.TimelineFilter(Arguments.text(env, "name"), from, to);
        return Connection.of(events.entries(customer.id(), filter, Arguments.first(env), Arguments.after(env)),
                EventStore.Entry::cursor, EventStore.Entry::event);
    }
}
