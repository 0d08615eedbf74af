package io.bindung.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Api;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsApiTest extends EndToEndTest {
    @Test
    void oneEventIsStoredForANewCustomerAndShownInTheTimeline() {
        JsonNode answer = api.post("/v1/events", """
                {"type":"track","event":"Order Completed","customerId":"anna","messageId":"m-1",
                 "timestamp":"2026-03-01T10:00:00+01:00","properties":{"orderId":"o1","revenue":49.9,"currency":"EUR"},
                 "context":{"ip":"203.0.113.9"}}""").expect(200).json();
        assertEquals("m-1", answer.get("messageId").asText());
        assertFalse(answer.get("duplicate").asBoolean());

        api.get("/v1/customers/anna").expect(200);
        JsonNode event = api.get("/v1/customers/anna/events").expect(200).json().get("data").get(0);
        assertEquals("Order Completed", event.get("event").asText());
        assertEquals("2026-03-01T09:00:00Z", event.get("timestamp").asText());
        assertEquals(49.9, event.at("/properties/revenue").asDouble());
        assertEquals("203.0.113.9", event.at("/context/ip").asText());

        JsonNode generated = api.post("/v1/events", """
                {"type":"page","customerId":"anna"}""").expect(200).json();
        assertEquals(36, generated.get("messageId").asText().length(), "a messageId is generated when absent");
    }

    @Test
    void repeatedMessageIdsAreAcceptedAndStoredOnce() {
        String batch = """
                {"events":[{"type":"track","event":"Product Viewed","customerId":"anna","messageId":"a"},
                           {"type":"track","event":"Product Viewed","customerId":"anna","messageId":"b"},
                           {"type":"track","event":"Product Viewed","customerId":"anna","messageId":"b"}]}""";
        api.post("/v1/events/batch", batch).expect(200, body -> {
            assertEquals(2, body.get("accepted").asInt());
            assertEquals(1, body.get("duplicates").asInt());
        });
        api.post("/v1/events/batch", batch).expect(200, body -> {
            assertEquals(0, body.get("accepted").asInt());
            assertEquals(3, body.get("duplicates").asInt());
        });
        api.post("/v1/events", """
                {"type":"track","event":"Product Viewed","customerId":"anna","messageId":"a"}""")
                .expect(200, body -> assertTrue(body.get("duplicate").asBoolean()));
        assertEquals(List.of("a", "b"), server.database().column("SELECT message_id FROM events ORDER BY message_id"));
    }

    @Test
    void anInvalidBatchIsRefusedWholeWithIndexAndField() {
        List<Map<String, Object>> before = server.database().snapshot();
        JsonNode problem = api.post("/v1/events/batch", """
                {"events":[{"type":"track","event":"Order Completed","customerId":"anna"},
                           {"type":"track","customerId":"anna"},
                           {"type":"shout","customerId":"anna"},
                           {"type":"track","event":"Order Completed"},
                           {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"yesterday"},
                           {"type":"track","event":"Order Completed","customerId":"anna","properties":[1]},
                           {"type":"track","event":"Order Completed","customerId":7},
                           "not an object",
                           {"type":"page","customerId":null},
                           {"type":"track","event":null,"customerId":"anna"}]}""").invalidRequest().expect(400).json();
        List<String> fields = problem.get("errors").findValuesAsText("field");
        assertEquals(List.of("events[1].event", "events[2].type", "events[3].customerId", "events[4].timestamp",
                "events[5].properties", "events[6].customerId", "events[7]", "events[8].customerId", "events[9].event"), fields);
        api.post("/v1/events/batch", "{\"events\":[]}").invalidRequest().expect(400);
        api.post("/v1/events/batch", "{\"evts\":[]}").invalidRequest().expect(400);
        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"X\",\"customerId\":\"a\",\"extra\":1}").invalidRequest().expect(400);
        api.post("/v1/events", "{\"type\":\"track\",").invalidRequest().expect(400);
        api.post("/v1/events", "{}").body("type=track", "application/x-www-form-urlencoded").invalidRequest().expect(415);
        assertEquals(before, server.database().snapshot());
    }

    @Test
    void batchLimitsAreEnforced() {
        List<Map<String, Object>> before = server.database().snapshot();
        StringBuilder tooMany = new StringBuilder("{\"events\":[");
        for (int i = 0; i <= 1000; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"E\",\"customerId\":\"c\"}");
        }
        api.post("/v1/events/batch", tooMany.append("]}").toString()).invalidRequest().expect(400);
        String big = "{\"events\":[{\"type\":\"track\",\"event\":\"E\",\"customerId\":\"c\",\"properties\":{\"x\":\""
                + "y".repeat(2 * 1024 * 1024) + "\"}}]}";
        api.post("/v1/events/batch", big).invalidRequest().expect(413);
        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"E\",\"customerId\":\"c\",\"properties\":{\"x\":\""
                + "y".repeat(70 * 1024) + "\"}}").invalidRequest().expect(413);
        assertEquals(before, server.database().snapshot());
    }

    @Test
    void identifyMergesAnonymousHistoryIntoTheCustomer() {
        api.post("/v1/events/batch", """
                {"events":[{"type":"page","anonymousId":"visitor-9","messageId":"p1","timestamp":"2026-01-01T10:00:00Z"},
                           {"type":"track","event":"Checkout Started","anonymousId":"visitor-9","messageId":"p2","timestamp":"2026-01-01T10:05:00Z"}]}""")
                .expect(200);
        api.get("/v1/customers/anna/events").expect(404);
        api.post("/v1/events", """
                {"type":"identify","anonymousId":"visitor-9","customerId":"anna","messageId":"i1","timestamp":"2026-01-01T10:06:00Z"}""")
                .expect(200);
        api.post("/v1/events", """
                {"type":"track","event":"Cart Abandoned","anonymousId":"visitor-9","messageId":"p3","timestamp":"2026-01-01T10:30:00Z"}""")
                .expect(200);
        List<String> timeline = api.get("/v1/customers/anna/events").expect(200).json().get("data").findValuesAsText("messageId");
        assertEquals(List.of("p3", "i1", "p2", "p1"), timeline);
    }

    @Test
    void timelinePagesThrough2500EventsWithoutGapsOrRepeats() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int batch = 0; batch < 5; batch++) {
            StringBuilder body = new StringBuilder("{\"events\":[");
            for (int i = 0; i < 500; i++) {
                int n = batch * 500 + i;
                // Every 10 events share a timestamp, so the cursor must break ties.
                Instant at = start.plusSeconds(n / 10);
                body.append(i == 0 ? "" : ",").append("""
                        {"type":"track","event":"%s","customerId":"anna","messageId":"e%04d","timestamp":"%s"}"""
                        .formatted(n % 2 == 0 ? "Product Viewed" : "Email Opened", n, at));
            }
            api.post("/v1/events/batch", body.append("]}").toString()).expect(200);
        }
        List<String> seen = api.allPages("/v1/customers/anna/events?limit=333").stream()
                .map(event -> event.get("messageId").asText()).toList();
        assertEquals(2500, seen.size());
        assertEquals(2500, new HashSet<>(seen).size());

        List<String> viewed = api.get("/v1/customers/anna/events?limit=1000&event=Product%20Viewed").expect(200).json()
                .get("data").findValuesAsText("event");
        assertEquals(1000, viewed.size());
        assertEquals(Set.of("Product Viewed"), new HashSet<>(viewed));
        JsonNode window = api.get("/v1/customers/anna/events?limit=1000&from=2026-01-01T00:01:00Z&to=2026-01-01T00:02:00Z")
                .expect(200).json();
        assertEquals(600, window.get("data").size());
        api.get("/v1/customers/anna/events?from=soon").invalidRequest().expect(400);
    }

    @Test
    void aFullQueueAnswers429WithRetryAfterAndTheQueuedBatchStillLands() throws Exception {
        restartWith(config -> config.withIngestLimits(1000, 1000));
        CompletableFuture<Api.Response> queued;
        try (AutoCloseable lock = server.database().holdEventWriteLock()) {
            queued = CompletableFuture.supplyAsync(() -> api.post("/v1/events/batch", batchOf(1000, "queued")).send());
            awaitQueueDepth(1000);
            Api.Response refused = api.post("/v1/events/batch", batchOf(1, "refused")).expect(429);
            assertEquals("1", refused.header("Retry-After"));
        }
        assertEquals(200, queued.get(30, TimeUnit.SECONDS).status());
        assertEquals(List.of("1000"), server.database().column("SELECT COUNT(*) FROM events WHERE message_id LIKE 'queued-%'"));
        assertEquals(List.of("0"), server.database().column("SELECT COUNT(*) FROM events WHERE message_id LIKE 'refused-%'"));
    }

    private void awaitQueueDepth(int events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!server.api(null).get("/metrics").expect(200).body().contains("bindung_ingest_queue_events " + events + ".0")) {
            assertTrue(System.nanoTime() < deadline, "the first batch never reached the writer");
            Thread.sleep(20);
        }
    }

    private static String batchOf(int count, String prefix) {
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("""
                    {"type":"track","event":"E","customerId":"c","messageId":"%s-%d"}""".formatted(prefix, i));
        }
        return body.append("]}").toString();
    }
}
