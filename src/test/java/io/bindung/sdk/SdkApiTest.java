package io.bindung.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segment's HTTP Tracking API over real HTTP: shapes, times, identities, dropped messages, keys and limits. */
class SdkApiTest extends ClockedEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    SdkApiTest() {
        super(NOW);
    }

    @Test
    void aBatchStoresItsValidMessagesAndKeepsTheDroppedOnes() {
        api.post("/v1/page", "{\"anonymousId\":\"v2\",\"name\":\"Pricing\",\"category\":\"Docs\",\"messageId\":\"p0\"}").expect(200);
        JsonNode answer = api.post("/v1/batch", """
                {"batch":[
                  {"type":"identify","userId":"anna","anonymousId":"v1","messageId":"i1",
                   "traits":{"email":"anna@example.com","first_name":"Anna","phone":"not a phone","plan":"gold"}},
                  {"type":"track","userId":"anna","event":"Order Completed","messageId":"o1",
                   "originalTimestamp":"2026-03-02T08:00:00Z","properties":{"revenue":42.5},"context":{"ip":"5.6.7.8"}},
                  {"type":"track","userId":"anna","event":"Email Opened","messageId":"o2","timestamp":"2026-03-01T10:00:00Z"},
                  {"type":"screen","userId":"anna","name":"Home","messageId":"s1"},
                  {"type":"group","userId":"anna","groupId":42,"traits":{"name":"Acme"},"messageId":"g1"},
                  {"type":"alias","userId":"ben","previousId":"v2","messageId":"a1"},
                  {"type":"track","userId":"anna","messageId":"bad1"},
                  {"type":"track","event":"Nobody","messageId":"bad2"},
                  {"type":"shout","userId":"anna","messageId":"bad3"},
                  42],
                 "context":{"library":{"name":"analytics-node"},"ip":"1.2.3.4"},
                 "sentAt":"2026-03-02T08:00:30Z"}""").expect(200).json();
        assertEquals(List.of(true, 6, 0, 4), List.of(answer.get("success").asBoolean(), answer.get("accepted").asInt(),
                answer.get("duplicates").asInt(), answer.get("rejected").asInt()));

        List<JsonNode> rejections = api.allPages("/v1/rejected-events");
        assertEquals(4, rejections.size());
        assertTrue(rejections.stream().anyMatch(r -> r.get("reason").asText().contains("event is required")), rejections.toString());
        assertTrue(rejections.stream().anyMatch(r -> r.get("reason").asText().contains("userId or anonymousId is required")));
        assertTrue(rejections.stream().anyMatch(r -> r.get("message").asText().equals("42")));

        JsonNode anna = api.get("/v1/customers/anna").expect(200).json();
        assertEquals("anna@example.com", anna.get("email").asText());
        assertEquals("Anna", anna.get("firstName").asText());
        assertTrue(anna.get("phone").isNull(), "an invalid phone stays out of the profile");
        assertEquals("gold", anna.at("/attributes/plan").asText());
        assertEquals("not a phone", anna.at("/attributes/phone").asText(), "and is kept as an attribute");

        List<JsonNode> timeline = api.allPages("/v1/customers/anna/events");
        JsonNode order = byMessage(timeline, "o1");
        assertEquals("2026-03-02T08:59:30Z", order.get("timestamp").asText(),
                "received at 09:00:00, sent 30 s after it happened by the client's clock");
        assertEquals("5.6.7.8", order.at("/context/ip").asText(), "the message's context wins");
        assertEquals("analytics-node", order.at("/context/library/name").asText(), "the batch's context is merged in");
        assertEquals("2026-03-01T10:00:00Z", byMessage(timeline, "o2").get("timestamp").asText(), "an explicit timestamp is kept");
        assertEquals("screen", byMessage(timeline, "s1").get("type").asText());
        assertEquals("42", byMessage(timeline, "g1").at("/properties/groupId").asText());

        List<JsonNode> ben = api.allPages("/v1/customers/ben/events");
        assertEquals("Pricing", byMessage(ben, "p0").get("event").asText(), "the alias moved the visitor's page view to ben");
        assertEquals("Docs", byMessage(ben, "p0").at("/properties/category").asText());

        assertEquals(1, api.post("/v1/track", "{\"userId\":\"anna\",\"event\":\"Order Completed\",\"messageId\":\"o1\"}").expect(200)
                .json().get("duplicates").asInt(), "the messageId de-duplicates");
    }

    @Test
    void keysComeAsBasicAuthBearerOrWriteKeyAndLimitsHold() throws IOException {
        String writer = api.post("/v1/keys", "{\"name\":\"segment\",\"scopes\":[\"write\"]}").expect(201).json().get("key").asText();
        String reader = api.post("/v1/keys", "{\"name\":\"reader\",\"scopes\":[\"read\"]}").expect(201).json().get("key").asText();
        String track = "{\"userId\":\"anna\",\"event\":\"Signed Up\",\"messageId\":\"%s\"}";

        api.post("/v1/track", track.formatted("basic")).key(null).header("Authorization", basic(writer)).expect(200);
        api.post("/v1/track", "{\"writeKey\":\"" + writer + "\"," + track.formatted("body").substring(1)).key(null).expect(200);
        api.post("/v1/track", track.formatted("bearer")).key(writer).expect(200);
        api.post("/v1/track", track.formatted("nobody")).key(null).expect(401);
        api.post("/v1/track", track.formatted("unknown")).key(null).header("Authorization", basic("not-a-key")).expect(401);
        api.post("/v1/track", track.formatted("reader")).key(null).header("Authorization", basic(reader)).expect(403);
        api.post("/v1/track", "{not json").key(writer).invalidRequest().expect(400);
        api.post("/v1/track", "{\"userId\":\"anna\",\"messageId\":\"noevent\"}").invalidRequest().expect(400);

        byte[] gzipped = gzip("{\"batch\":[{\"type\":\"track\",\"userId\":\"anna\",\"event\":\"Signed Up\",\"messageId\":\"zipped\"}]}");
        api.post("/v1/batch", "").body(gzipped, "application/json").header("Content-Encoding", "gzip").invalidRequest().expect(200);

        String padding = "x".repeat(33 * 1024);
        api.post("/v1/track", "{\"userId\":\"anna\",\"event\":\"Big\",\"properties\":{\"p\":\"" + padding + "\"}}").expect(413);
        StringBuilder big = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < 20; i++) {
            big.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"anna\",\"event\":\"Big\",\"properties\":{\"p\":\"")
                    .append("y".repeat(30 * 1024)).append("\"}}");
        }
        api.post("/v1/batch", big.append("]}").toString()).expect(413);

        List<String> stored = api.allPages("/v1/customers/anna/events").stream().map(event -> event.get("messageId").asText()).toList();
        assertEquals(List.of("basic", "bearer", "body", "zipped"), stored.stream().sorted().toList(),
                "refused calls and oversize bodies store nothing");
    }

    @Test
    void aBatchOfMoreMessagesThanTheIngestQueueTakesAtOnceIsStoredWhole() {
        StringBuilder batch = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < 1500; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"u").append(i % 7).append("\",\"event\":\"Tap\"}");
        }
        JsonNode answer = api.post("/v1/batch", batch.append("]}").toString()).expect(200).json();
        assertEquals(List.of(1500, 0), List.of(answer.get("accepted").asInt(), answer.get("rejected").asInt()));
        assertEquals(214, api.allPages("/v1/customers/u3/events").size(), "1,500 messages over 7 users: u3 has every 7th from the 4th");
    }

    private static JsonNode byMessage(List<JsonNode> timeline, String messageId) {
        return timeline.stream().filter(event -> event.get("messageId").asText().equals(messageId)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + messageId + " in " + timeline));
    }

    private static String basic(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
