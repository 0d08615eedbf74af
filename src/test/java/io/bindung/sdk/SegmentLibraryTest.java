package io.bindung.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.TrackMessage;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Segment's own Java library ({@code com.segment.analytics.java:analytics}) pointed at the server
 * with an API key as its write key: every event arrives exactly once with its messageId, and an
 * identify updates the customer.
 */
class SegmentLibraryTest extends EndToEndTest {
    private static final int ORDERS = 120;

    @Test
    void segmentsJavaLibrarySendsToBindung() throws InterruptedException {
        String writeKey = api.post("/v1/keys", "{\"name\":\"segment sdk\",\"scopes\":[\"write\"]}").expect(201).json().get("key").asText();
        Analytics analytics = Analytics.builder(writeKey).endpoint("http://127.0.0.1:" + server.app().port()).flushQueueSize(25).build();
        analytics.enqueue(IdentifyMessage.builder().userId("anna").anonymousId("visitor-1").messageId("identify-1")
                .traits(Map.of("email", "anna@example.com", "firstName", "Anna", "plan", "gold")));
        analytics.enqueue(PageMessage.builder("Pricing").anonymousId("visitor-1").messageId("page-1"));
        for (int i = 0; i < ORDERS; i++) {
            analytics.enqueue(TrackMessage.builder("Order Completed").userId("anna").messageId("order-" + i)
                    .properties(Map.of("revenue", i)));
        }
        analytics.flush();
        analytics.shutdown();

        List<JsonNode> events = awaitEvents("anna", ORDERS + 2);
        assertEquals(ORDERS + 2, events.stream().map(event -> event.get("messageId").asText()).distinct().count(), "each once");
        assertEquals(ORDERS, events.stream().filter(event -> event.get("event").asText().equals("Order Completed")).count());
        assertEquals("Pricing", events.stream().filter(event -> event.get("messageId").asText().equals("page-1")).findFirst()
                .orElseThrow().get("event").asText(), "the visitor's page view is anna's once identified");
        JsonNode anna = api.get("/v1/customers/anna").expect(200).json();
        assertEquals("anna@example.com", anna.get("email").asText());
        assertEquals("Anna", anna.get("firstName").asText());
        assertEquals("gold", anna.at("/attributes/plan").asText());
        assertEquals(0, api.allPages("/v1/rejected-events").size());
    }

    /** The library sends from its own threads; wait until the server holds the events (or fail after 30 s). */
    private List<JsonNode> awaitEvents(String customerId, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<JsonNode> events = api.get("/v1/customers/" + customerId).send().status() == 200
                    ? api.allPages("/v1/customers/" + customerId + "/events") : List.of();
            if (events.size() >= count) {
                return events;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("only " + events.size() + " of " + count + " events arrived");
            }
            Thread.sleep(100);
        }
    }
}
