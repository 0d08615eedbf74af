package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.testing.Api;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GraphQL endpoint on real data: customers with events, segments and purchase figures; segments; experiments with results. */
class GraphQlTest extends ClockedEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    GraphQlTest() {
        super(NOW);
    }

    @Test
    void aCustomerPageWithEventsSegmentsAndPurchaseFigures() {
        api.put("/v1/customers/anna", """
                {"email":"anna@example.com","firstName":"Anna","timezone":"Europe/Berlin","attributes":{"plan":"gold"},
                 "consent":{"email":{"subscribed":true}}}""").expect(201);
        api.put("/v1/customers/ben", "{\"email\":\"ben@example.com\"}").expect(201);
        api.post("/v1/events/batch", """
                {"events":[
                 {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"2026-10-01T10:00:00Z","properties":{"revenue":30}},
                 {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"2026-10-05T10:00:00Z","properties":{"revenue":50}},
                 {"type":"track","event":"Page Viewed","customerId":"anna","timestamp":"2026-10-06T10:00:00Z","properties":{"path":"/"}}]}""")
                .expect(200);
        String segment = api.post("/v1/segments", """
                {"name":"Buyers","rule":{"aggregate":"orderCount","op":"gte","value":1}}""").expect(201).json().get("id").asText();

        JsonNode customer = data(api, """
                query Page($id: ID!) { customer(id: $id) {
                  id email firstName timezone attributes createdAt
                  consent { channel subscribed }
                  events(first: 2) { edges { cursor node { name timestamp properties } } pageInfo { hasNextPage endCursor } }
                  segments { id name }
                  metrics { lifetimeRevenue orderCount averageOrderValue firstOrderAt lastOrderAt daysSinceLastOrder } } }""",
                "{\"id\":\"anna\"}").get("customer");
        assertEquals("anna@example.com", customer.get("email").asText());
        assertEquals("gold", customer.at("/attributes/plan").asText());
        assertEquals("email", customer.at("/consent/0/channel").asText());
        assertTrue(customer.at("/consent/0/subscribed").asBoolean());
        assertEquals("Page Viewed", customer.at("/events/edges/0/node/name").asText(), "newest first");
        assertEquals("2026-10-06T10:00:00Z", customer.at("/events/edges/0/node/timestamp").asText());
        assertTrue(customer.at("/events/pageInfo/hasNextPage").asBoolean());
        assertEquals(List.of(segment), customer.get("segments").findValuesAsText("id"));
        JsonNode metrics = customer.get("metrics");
        assertEquals(80.0, metrics.get("lifetimeRevenue").asDouble(), "30 + 50");
        assertEquals(2, metrics.get("orderCount").asInt());
        assertEquals(40.0, metrics.get("averageOrderValue").asDouble(), "80 / 2");
        assertEquals("2026-10-01T10:00:00Z", metrics.get("firstOrderAt").asText());
        assertEquals(10, metrics.get("daysSinceLastOrder").asInt(), "10-05T10:00 to 10-15T12:00 is 10 whole days");

        String after = customer.at("/events/pageInfo/endCursor").asText();
        JsonNode rest = data(api, "query($after: String) { customer(id: \"anna\") { events(first: 2, after: $after) {"
                + " edges { node { name properties } } pageInfo { hasNextPage } } } }", "{\"after\":\"" + after + "\"}");
        assertEquals(30, rest.at("/customer/events/edges/0/node/properties/revenue").asInt(), "the oldest order comes last");
        assertFalse(rest.at("/customer/events/pageInfo/hasNextPage").asBoolean());

        JsonNode lists = data(api, """
                { customers(first: 10) { edges { node { id segments { name } metrics { orderCount } } } pageInfo { hasNextPage } }
                  segments { edges { node { name size members(first: 5) { edges { node { id } } } } } }
                  nobody: customer(id: "nobody") { id } }""", null);
        assertEquals(List.of("anna", "ben"), lists.at("/customers/edges").findValuesAsText("id"));
        assertEquals(0, lists.at("/customers/edges/1/node/metrics/orderCount").asInt());
        assertTrue(lists.at("/customers/edges/1/node/segments").isEmpty());
        assertEquals(1, lists.at("/segments/edges/0/node/size").asInt());
        assertEquals("anna", lists.at("/segments/edges/0/node/members/edges/0/node/id").asText());
        assertTrue(lists.get("nobody").isNull());
        JsonNode members = data(api, "query($s: ID) { customers(segmentId: $s) { edges { node { id } } } }", "{\"s\":\"" + segment + "\"}");
        assertEquals(List.of("anna"), members.at("/customers/edges").findValuesAsText("id"));
    }

    @Test
    void experimentResultsAreTheRestResults() {
        api.post("/v1/experiments", """
                {"key":"hero","name":"Hero","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""").expect(201);
        api.post("/v1/experiments", """
                {"key":"later","name":"Later","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""").expect(201);
        api.post("/v1/experiments/hero/start", "").expect(200);
        api.post("/v1/experiments/hero/assignments", "{\"customerIds\":[\"c1\",\"c2\",\"c3\",\"c4\",\"c5\",\"c6\"]}").expect(200);
        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"c1\"}").expect(200);
        clock.advance(java.time.Duration.ofHours(1));

        JsonNode rest = api.get("/v1/experiments/hero/results").expect(200).json();
        JsonNode graph = data(api, """
                { experiments(first: 5) { edges { cursor node { key status results { verdict
                    arms { key exposures } sampleRatioMismatch { pValue }
                    metrics { role metric analysis { metric arms { key n rate pValue absoluteLift { estimate lower upper } } } }
                    power { smallestArm } } } } } }""", null);
        JsonNode hero = graph.at("/experiments/edges/0/node");
        assertEquals("hero", hero.get("key").asText());
        assertEquals(rest.get("verdict"), hero.at("/results/verdict"));
        assertEquals(rest.get("arms").findValues("exposures"), hero.at("/results/arms").findValues("exposures"));
        assertEquals(rest.at("/metrics/0/analysis/arms/1/pValue").asDouble(), hero.at("/results/metrics/0/analysis/arms/1/pValue").asDouble(),
                1e-12);
        assertEquals("Order Completed", hero.at("/results/metrics/0/metric/event").asText());
        assertTrue(graph.at("/experiments/edges/1/node/results").isNull(), "an experiment that has not started has no results");
    }

    @Test
    void badRequestsGetTheirErrorCodes() {
        assertEquals("GRAPHQL_PARSE_FAILED", code(api.post("/graphql", body("{ customer(id: ", null)).expect(200).json()));
        assertEquals("GRAPHQL_VALIDATION_FAILED", code(api.post("/graphql", body("{ customer(id: \"a\") { shoeSize } }", null))
                .expect(200).json()));
        assertEquals("GRAPHQL_VALIDATION_FAILED", code(api.post("/graphql", body("{ customer { id } }", null)).expect(200).json()),
                "the required id is missing");
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", body("query($f: Int) { customers(first: $f) { edges { cursor } } }",
                "{\"f\":\"many\"}")).expect(200).json()), "a variable of the wrong type");
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", body("{ customers(first: 0) { edges { cursor } } }", null))
                .expect(200).json()));
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", body("{ customers(after: \"forged\") { edges { cursor } } }", null))
                .expect(200).json()));
        assertEquals("NOT_FOUND", code(api.post("/graphql", body("{ customers(segmentId: \"nope\") { edges { cursor } } }", null))
                .expect(200).json()));
        String deep = "{ segments { edges { node { members { edges { node { segments { members { edges { node { segments {"
                + " members { edges { node { id } } } } } } } } } } } } } } }";
        assertEquals("QUERY_TOO_COMPLEX", code(api.post("/graphql", body(deep, null)).expect(200).json()), "deeper than 12");
        String costly = "{ customers(first: 100) { edges { node { events(first: 100) { edges { node { name } } } } } } }";
        assertEquals("QUERY_TOO_COMPLEX", code(api.post("/graphql", body(costly, null)).expect(200).json()), "100 × 100 events");
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", body("{ metrics(from: \"0001-01-01T00:00:00Z\", to: \"9999-01-01T00:00:00Z\")"
                + " { retention(granularity: DAY) { churnRate } } }", null)).expect(200).json()), "millions of days would not fit in memory");
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", body("query($from: DateTime!) { metrics(from: $from,"
                + " to: \"2026-01-01T00:00:00Z\") { averageOrderValue } }", "{\"from\":\"-999999999-01-01T00:00:00Z\"}")).expect(200).json()),
                "a year Java parses but epoch milliseconds cannot hold");
        JsonNode noQuery = api.post("/graphql", "{\"variables\":{}}").invalidRequest().expect(400).json();
        assertEquals("BAD_USER_INPUT", code(noQuery), "no query");
        assertTrue(noQuery.at("/errors/0/message").asText().startsWith("query is required"), noQuery.toString());
        assertEquals("BAD_USER_INPUT", code(api.post("/graphql", "{\"query\":").invalidRequest().expect(400).json()), "malformed JSON");

        assertEquals("UNAUTHENTICATED", code(server.api(null).post("/graphql", body("{ segments { edges { cursor } } }", null))
                .expect(401).json()));
        String writer = api.post("/v1/keys", "{\"name\":\"ingestion\",\"scopes\":[\"write\"]}").expect(201).json().get("key").asText();
        assertEquals("FORBIDDEN", code(server.api(writer).post("/graphql", body("{ segments { edges { cursor } } }", null))
                .expect(403).json()));
    }

    @Test
    void getQueriesAndTheOfflineExplorer() {
        JsonNode answer = api.get("/graphql?query=%7B%20segments%20%7B%20edges%20%7B%20cursor%20%7D%20%7D%20%7D").expect(200).json();
        assertTrue(answer.at("/data/segments/edges").isArray());
        String page = server.api(null).get("/graphiql").expect(200).body();
        assertTrue(page.contains("/webjars/graphiql/"), page);
        for (String asset : List.of("graphiql/2.4.7/graphiql.min.js", "graphiql/2.4.7/graphiql.min.css", "react/18.3.1/umd/react.production.min.js",
                "react-dom/18.3.1/umd/react-dom.production.min.js")) {
            assertTrue(page.contains("/webjars/" + asset.substring(0, asset.indexOf('/')) + "/"), asset);
            server.api(null).get("/webjars/" + asset).outsideContract().expect(200);
        }
    }

    private static JsonNode data(Api api, String query, String variables) {
        JsonNode answer = api.post("/graphql", body(query, variables)).expect(200).json();
        assertFalse(answer.has("errors"), answer.toString());
        return answer.get("data");
    }

    private static String body(String query, String variables) {
        try {
            ObjectNode body = JSON.createObjectNode().put("query", query);
            if (variables != null) {
                body.set("variables", JSON.readTree(variables));
            }
            return body.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(JsonNode answer) {
        assertTrue(answer.has("errors"), answer.toString());
        return answer.at("/errors/0/extensions/code").asText();
    }
}
