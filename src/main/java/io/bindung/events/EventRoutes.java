package io.bindung.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.config.Config;
import io.bindung.customers.CustomerStore;
import io.bindung.http.ApiException;
import io.bindung.http.JsonBodies;
import io.bindung.http.JsonInput;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Event ingestion (one event or a batch) and customer timelines. */
public final class EventRoutes implements Routes {
    static final long EVENT_BODY_LIMIT = 64 * 1024;
    static final long BATCH_BODY_LIMIT = 2 * 1024 * 1024;
    static final int MAX_BATCH_EVENTS = Config.MIN_INGEST_QUEUE_EVENTS;

    private final Ingestor ingestor;
    private final EventStore events;
    private final CustomerStore customers;
    private final JsonBodies bodies;
    private final EventInput eventInput;

    public EventRoutes(Ingestor ingestor, EventStore events, CustomerStore customers, JsonBodies bodies, java.time.Clock clock) {
        this.ingestor = ingestor;
        this.events = events;
        this.customers = customers;
        this.bodies = bodies;
        this.eventInput = new EventInput(clock);
    }

    /** The answer to one event: its message id (generated when absent) and whether it was a repeat. */
    record Stored(String messageId, boolean duplicate) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/events", this::track, Scope.WRITE);
        routes.post("/v1/events/batch", this::batch, Scope.WRITE);
        routes.get("/v1/customers/{id}/events", this::timeline, Scope.READ);
    }

    private void track(Context ctx) {
        JsonInput input = new JsonInput(bodies.object(ctx, EVENT_BODY_LIMIT));
        NewEvent event = eventInput.parse(input, eventInput.now()).orElse(null);
        input.throwIfInvalid();
        IngestResult result = ingestor.store(List.of(event));
        ctx.json(new Stored(event.messageId(), result.duplicates() > 0));
    }

    private void batch(Context ctx) {
        ObjectNode body = bodies.object(ctx, BATCH_BODY_LIMIT);
        JsonInput input = new JsonInput(body);
        input.rejectUnknown(Set.of("events"));
        JsonNode array = body.get("events");
        if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_BATCH_EVENTS) {
            input.fail("events", "must be an array of 1 to " + MAX_BATCH_EVENTS + " events");
            input.throwIfInvalid();
        }
        Instant receivedAt = eventInput.now();
        List<NewEvent> parsed = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                input.fail("events[" + i + "]", "must be an object");
                continue;
            }
            eventInput.parse(input.element((ObjectNode) element, "events", i), receivedAt).ifPresent(parsed::add);
        }
        input.throwIfInvalid();
        ctx.json(ingestor.store(parsed));
    }

    private void timeline(Context ctx) {
        String customerId = ctx.pathParam("id");
        EventStore.TimelineFilter filter = new EventStore.TimelineFilter(
                QueryParams.text(ctx, "event"), QueryParams.instant(ctx, "from"), QueryParams.instant(ctx, "to"));
        int limit = QueryParams.limit(ctx);
        ingestor.awaitStored();
        if (!customers.exists(customerId)) {
            throw new ApiException.NotFound("No customer with id '" + customerId + "'.");
        }
        ctx.json(events.timeline(customerId, filter, limit, QueryParams.text(ctx, "cursor")));
    }
}
