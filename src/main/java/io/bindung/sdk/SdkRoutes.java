package io.bindung.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.config.Config;
import io.bindung.customers.CustomerStore;
import io.bindung.customers.CustomerUpdate;
import io.bindung.db.Database;
import io.bindung.events.IngestResult;
import io.bindung.events.Ingestor;
import io.bindung.events.NewEvent;
import io.bindung.http.ApiException;
import io.bindung.http.Authenticator;
import io.bindung.http.JsonBodies;
import io.bindung.http.JsonInput;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Segment's HTTP Tracking API, so partners can point Segment or RudderStack SDKs at Bindung:
 * {@code POST /v1/track}, {@code /identify}, {@code /page}, {@code /screen}, {@code /group},
 * {@code /alias} and {@code /v1/batch} (also as {@code /v1/import}, the path the Java SDK uses).
 * The key comes as HTTP Basic with the write key as user name, as a bearer key, or as
 * {@code writeKey} in the body; bodies may be gzip. A single call with an invalid message answers
 * 400 and stores nothing; inside a batch an invalid message is dropped, counted and kept in
 * {@code GET /v1/rejected-events}, and the rest is stored, so one bad message never makes an SDK
 * retry a whole batch forever. Identify traits update the customer's profile and attributes.
 */
public final class SdkRoutes implements Routes {
    static final int BATCH_LIMIT = 500 * 1024;
    private static final List<String> CALLS = List.of("track", "identify", "page", "screen", "group", "alias");

    private final Ingestor ingestor;
    private final CustomerStore customers;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final RejectedEvents rejected;
    private final Clock clock;
    private final Counter rejectedCounter;

    public SdkRoutes(Database database, Ingestor ingestor, CustomerStore customers, Authenticator authenticator, JsonBodies bodies,
                         Clock clock, MeterRegistry registry) {
        this.ingestor = ingestor;
        this.customers = customers;
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.rejected = new RejectedEvents(database, clock);
        this.clock = clock;
        this.rejectedCounter = Counter.builder("bindung_segment_rejected_events").description("messages dropped from Segment batches")
                .register(registry);
    }

    /** The answer: Segment's {@code success}, and what became of the messages. */
    record Answer(boolean success, int accepted, int duplicates, int rejected) {
    }

    @Override
    public void register(RoutesConfig routes) {
        for (String call : CALLS) {
            routes.post("/v1/" + call, ctx -> single(ctx, call));
        }
        routes.post("/v1/batch", this::batch);
        routes.post("/v1/import", this::batch);
        routes.get("/v1/rejected-events", ctx -> ctx.json(rejected.newestFirst(QueryParams.limit(ctx), QueryParams.text(ctx, "cursor"))),
                Scope.READ);
    }

    private void single(Context ctx, String call) {
        ObjectNode message = body(ctx, SdkMessage.MAX_BYTES);
        Instant receivedAt = now();
        SdkMessage.Parsed parsed = SdkMessage.parse(message, call, JsonNodeFactory.instance.objectNode(), Optional.empty(),
                receivedAt);
        if (parsed instanceof SdkMessage.Rejected problem) {
            throw problem.invalid();
        }
        ctx.json(store(List.of(((SdkMessage.Accepted) parsed).message()), 0));
    }

    private void batch(Context ctx) {
        ObjectNode body = body(ctx, BATCH_LIMIT);
        JsonInput input = new JsonInput(body);
        ObjectNode context = input.freeObject("context", SdkMessage.MAX_BYTES).orElseGet(JsonNodeFactory.instance::objectNode);
        Optional<Instant> sentAt = input.instant("sentAt");
        JsonNode messages = body.get("batch");
        if (messages == null || !messages.isArray()) {
            input.fail("batch", "must be an array of messages");
        }
        input.throwIfInvalid();
        Instant receivedAt = now();
        List<SdkMessage> accepted = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (JsonNode message : messages) {
            SdkMessage.Parsed parsed = SdkMessage.parse(message, null, context, sentAt, receivedAt);
            if (parsed instanceof SdkMessage.Rejected problem) {
                reasons.add(problem.reason());
                dropped.add(message.toString());
            } else {
                accepted.add(((SdkMessage.Accepted) parsed).message());
            }
        }
        if (!dropped.isEmpty()) {
            rejected.record(reasons, dropped, receivedAt);
            rejectedCounter.increment(dropped.size());
        }
        ctx.json(store(accepted, dropped.size()));
    }

    /** Identify traits update their customers first (one transaction), so the stored identify never precedes its customer. */
    private Answer store(List<SdkMessage> messages, int rejectedCount) {
        List<Map.Entry<String, CustomerUpdate>> identified = messages.stream().filter(message -> message.traits().isPresent())
                .map(message -> Map.entry(message.event().customerId(), CustomerUpdate.fromTraits(message.traits().get()))).toList();
        if (!identified.isEmpty()) {
            customers.upsertAll(identified);
        }
        List<NewEvent> events = messages.stream().map(SdkMessage::event).toList();
        int accepted = 0;
        int duplicates = 0;
        // The ingest queue never takes more than its smallest size at once; a batch of tiny messages may hold more.
        for (int from = 0; from < events.size(); from += Config.MIN_INGEST_QUEUE_EVENTS) {
            IngestResult result = ingestor.store(events.subList(from, Math.min(events.size(), from + Config.MIN_INGEST_QUEUE_EVENTS)));
            accepted += result.accepted();
            duplicates += result.duplicates();
        }
        return new Answer(true, accepted, duplicates, rejectedCount);
    }

    /** The body as a JSON object (gunzipped when sent so), after the key is checked; over {@code limit} bytes is 413. */
    private ObjectNode body(Context ctx, int limit) {
        byte[] raw = JsonBodies.read(ctx, limit);
        byte[] json = "gzip".equalsIgnoreCase(Optional.ofNullable(ctx.header("Content-Encoding")).orElse("").trim()) ? gunzip(raw, limit) : raw;
        JsonNode node;
        try {
            node = bodies.tree(json);
        } catch (ApiException.MalformedJson e) {
            // Without a body key to read, only a key in the header lets the caller learn what is wrong with the body.
            authenticator.requireWriteKey(ctx, Optional.empty(), Scope.WRITE);
            throw e;
        }
        Optional<String> writeKey = node.path("writeKey").isTextual() ? Optional.of(node.get("writeKey").textValue()) : Optional.empty();
        authenticator.requireWriteKey(ctx, writeKey, Scope.WRITE);
        return JsonBodies.asObject(node);
    }

    private static byte[] gunzip(byte[] compressed, int limit) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] json = in.readNBytes(limit + 1);
            if (json.length > limit) {
                throw new ApiException.PayloadTooLarge(limit);
            }
            return json;
        } catch (IOException e) {
            throw new ApiException.MalformedJson("The body is not valid gzip: " + e.getMessage().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }
}
