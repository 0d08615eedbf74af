package io.bindung.http;

import io.bindung.testing.Api;
import io.bindung.testing.Backend;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpBasicsTest extends EndToEndTest {
    @Test
    void healthAndMetricsNeedNoKey() {
        Api anonymous = server.api(null);
        anonymous.get("/health/live").expect(200, body -> assertEquals("up", body.get("status").asText()));
        anonymous.get("/health/ready").expect(200, body -> assertEquals("ready", body.get("status").asText()));
        anonymous.post("/v1/events", """
                {"type":"track","event":"Order Completed","customerId":"c1"}""").key(TestServer.ADMIN_KEY).expect(200);
        String metrics = anonymous.get("/metrics").expect(200).body();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",route=\"/v1/events\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("bindung_ingest_queue_events"), metrics);
        assertTrue(metrics.contains("bindung_ingest_commit_events_count"), metrics);
        assertTrue(metrics.contains("bindung_ingest_commit_seconds_count"), metrics);
        assertEquals(backend == Backend.SQLITE, metrics.contains("bindung_db_write_turn_seconds_count"),
                "SQLite's writers take turns at the write lock, and their waits are timed: " + metrics);
    }

    @Test
    void servesItsContractAndRendersItOffline() {
        Api anonymous = server.api(null);
        String contract = anonymous.get("/openapi.yaml").expect(200).body();
        assertTrue(contract.startsWith("openapi: 3.1"), contract.substring(0, Math.min(80, contract.length())));
        String page = anonymous.get("/docs").expect(200).body();
        String bundle = page.replaceAll("(?s).*<script src=\"([^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertTrue(bundle.startsWith("/webjars/swagger-ui/"), page);
        Api.Response script = anonymous.get(bundle).outsideContract().send();
        assertEquals(200, script.status());
        assertTrue(script.body().length() > 100_000, "the bundled swagger-ui script is served from the jar");
    }

    @Test
    void everyAnswerCarriesARequestId() {
        String generated = api.get("/health/live").expect(200).header("X-Request-Id");
        assertNotNull(generated);
        assertEquals("trace-42", api.get("/health/live").header("X-Request-Id", "trace-42").expect(200).header("X-Request-Id"));
        String forError = api.get("/v1/customers/nobody").expect(404).header("X-Request-Id");
        assertNotNull(forError);
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        Api.Response missing = api.get("/v1/nothing-here").outsideContract().send();
        assertProblem(missing, 404);
        Api.Response wrongMethod = api.call("DELETE", "/health/live").outsideContract().send();
        assertProblem(wrongMethod, 405);
    }

    @Test
    void headAnswersAsGetWithoutABody() {
        api.put("/v1/customers/c1", "{}").expect(201);
        Api.Response known = api.call("HEAD", "/v1/customers/c1").outsideContract().send();
        assertEquals(200, known.status());
        assertEquals("application/json", known.header("Content-Type"));
        assertEquals("", known.body());
        assertEquals(404, api.call("HEAD", "/v1/customers/nobody").outsideContract().send().status());
        assertEquals(400, api.call("HEAD", "/v1/customers/c1/send-time?channel=fax").outsideContract().send().status());
        Api.Response anonymous = server.api(null).call("HEAD", "/v1/customers").outsideContract().send();
        assertEquals(401, anonymous.status());
        assertEquals("application/problem+json", anonymous.header("Content-Type"));
        assertEquals(200, server.api(null).call("HEAD", "/health/live").outsideContract().send().status());
    }

    @Test
    void keysAndScopesAreEnforced() {
        server.api(null).get("/v1/customers").expect(401);
        server.api("not-a-key").get("/v1/customers").expect(401);

        String writer = api.post("/v1/keys", """
                {"name":"ingestion","scopes":["write"]}""").expect(201).json().get("key").asText();
        String reader = api.post("/v1/keys", """
                {"name":"dashboard","scopes":["read"]}""").expect(201).json().get("key").asText();

        server.api(writer).put("/v1/customers/c1", "{}").expect(201);
        server.api(writer).get("/v1/customers/c1").expect(403);
        server.api(reader).get("/v1/customers/c1").expect(200);
        server.api(reader).put("/v1/customers/c1", "{}").expect(403);
        server.api(reader).get("/v1/keys").expect(403);

        List<String> names = api.get("/v1/keys").expect(200).json().get("data").findValuesAsText("name");
        assertEquals(List.of("dashboard", "ingestion").stream().sorted().toList(), names.stream().sorted().toList());

        String readerId = api.get("/v1/keys").expect(200).json().get("data").findParents("name").stream()
                .filter(key -> key.get("name").asText().equals("dashboard")).findFirst().orElseThrow().get("id").asText();
        api.delete("/v1/keys/" + readerId).expect(204);
        server.api(reader).get("/v1/customers/c1").expect(401);
        api.delete("/v1/keys/" + readerId + "x").expect(404);
    }

    @Test
    void badKeyRequestsChangeNothing() {
        List<Map<String, Object>> before = server.database().snapshot();
        api.post("/v1/keys", """
                {"name":"x","scopes":["superuser"]}""").invalidRequest().expect(400);
        api.post("/v1/keys", """
                {"name":"x","scopes":[]}""").invalidRequest().expect(400);
        api.post("/v1/keys", "{\"name\":").invalidRequest().expect(400);
        assertEquals(before, server.database().snapshot());
    }

    @Test
    void bodiesAreCheckedForTypeAndSize() {
        List<Map<String, Object>> before = server.database().snapshot();
        assertProblem(api.put("/v1/customers/c1", "{}").body("{}", "text/plain").invalidRequest().send(), 415);
        assertProblem(api.put("/v1/customers/c1", "{}").body("{}", "application/json;charset=bogus").invalidRequest().send(), 415);
        assertProblem(api.put("/v1/customers/c1", "x".repeat(300 * 1024)).invalidRequest().send(), 413);
        assertProblem(api.put("/v1/customers/c1", "[1,2]").invalidRequest().send(), 400);
        assertProblem(api.put("/v1/customers/c1", "{\"email\": ").invalidRequest().send(), 400);
        assertProblem(api.put("/v1/customers/c1", "").invalidRequest().send(), 400);
        String deep = "{\"attributes\":" + "{\"a\":".repeat(1500) + "1" + "}".repeat(1501);
        assertProblem(api.put("/v1/customers/c1", deep).invalidRequest().send(), 400);
        String farFuture = "+999999999-12-31T23:59:59Z";
        assertProblem(api.post("/v1/events", """
                {"type":"track","event":"Order Completed","customerId":"c1","timestamp":"%s"}""".formatted(farFuture)).invalidRequest().send(), 400);
        assertProblem(api.get("/v1/customers?createdAfter=%2B999999999-12-31T23:59:59Z").invalidRequest().send(), 400);
        assertEquals(before, server.database().snapshot());
    }

    static void assertProblem(Api.Response response, int status) {
        assertEquals(status, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals(status, response.json().get("status").asInt());
        assertTrue(response.json().get("type").asText().startsWith("https://"), response.body());
        assertTrue(response.json().hasNonNull("title"));
        assertTrue(response.json().hasNonNull("detail"));
        assertTrue(!response.body().contains("Exception") && !response.body().contains("SELECT"), response.body());
    }
}
