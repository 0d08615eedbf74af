package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every example query of {@code clients/graphql/} on a small shop (orders over four months,
 * NPS answers, a campaign with a holdout, a running A/B test), so the examples never rot: each must
 * answer without errors and with the figures a dashboard would show.
 */
class GraphQlExamplesTest extends ClockedEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CUSTOMERS = 30;

    GraphQlExamplesTest() {
        super(NOW);
    }

    @Test
    void everyExampleQueryAnswersOnAShop() throws IOException {
        shop();
        String range = "\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-05-04T00:00:00Z\"";

        JsonNode dashboard = run("retention-dashboard", "{" + range + "}").get("metrics");
        assertTrue(dashboard.get("orders").asInt() > CUSTOMERS, dashboard.toString());
        assertFalse(dashboard.get("retention").isEmpty());
        assertEquals(8, dashboard.get("rfm").size());
        assertTrue(dashboard.at("/nps/responses").asInt() > 0);
        assertTrue(dashboard.at("/historicClv/value").isNumber());

        JsonNode cohorts = run("cohort-matrix", "{" + range + "}").at("/metrics/cohorts/cohorts");
        assertFalse(cohorts.isEmpty());
        assertEquals(1.0, cohorts.at("/0/retention/0").asDouble());

        JsonNode experiment = run("experiment-results", "{\"key\":\"hero\"}").at("/experiment/results");
        assertEquals(2, experiment.get("arms").size());
        assertEquals(CUSTOMERS, experiment.at("/arms/0/exposures").asInt() + experiment.at("/arms/1/exposures").asInt());
        assertTrue(experiment.at("/metrics/0/analysis/arms/1/relativeLift/estimate").isNumber(), experiment.toString());

        JsonNode campaign = run("campaign-stats", "{\"from\":\"2026-05-01T00:00:00Z\",\"to\":\"2026-05-05T00:00:00Z\"}")
                .at("/campaigns/edges/0/node");
        assertEquals(CUSTOMERS, campaign.at("/stats/treatment/recipients").asInt() + campaign.at("/stats/holdout/recipients").asInt());
        assertTrue(campaign.at("/stats/lift").isObject(), "treatment and holdout both have recipients");
        assertEquals(4, campaign.get("series").size(), "a point per day of [May 1, May 5)");

        JsonNode customer = run("customer-page", "{\"id\":\"c3\"}").get("customer");
        assertTrue(customer.at("/metrics/orderCount").asInt() > 0);
        assertTrue(customer.at("/rfm/group").isTextual());
        assertTrue(customer.at("/clv/historic").asDouble() > 0);
        assertFalse(customer.at("/events/edges").isEmpty());

        try (Stream<Path> files = Files.list(Path.of("clients/graphql"))) {
            assertEquals(Set.of("retention-dashboard.graphql", "cohort-matrix.graphql", "experiment-results.graphql",
                    "campaign-stats.graphql", "customer-page.graphql", "README.md"),
                    files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()), "every example is run here");
        }
    }

    /** The shop, sent through the REST API. */
    private void shop() {
        String campaign = api.post("/v1/campaigns", """
                {"name":"Welcome","type":"triggered","trigger":{"event":"Signed Up"},"holdoutPercent":30,
                 "content":{"channel":"webhook","payload":{"customer":"{{customer.id}}"}}}""").expect(201).json().get("id").asText();
        api.post("/v1/campaigns/" + campaign + "/activate", "").expect(200);
        api.post("/v1/experiments", """
                {"key":"hero","name":"Hero","variants":[{"key":"a"},{"key":"b"}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""").expect(201);
        api.post("/v1/experiments/hero/start", "").expect(200);
        clock.advance(Duration.ofMinutes(1));

        StringBuilder events = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (int c = 0; c < CUSTOMERS; c++) {
            api.put("/v1/customers/c" + c, "{\"email\":\"c" + c + "@example.com\",\"firstName\":\"C" + c + "\",\"timezone\":\"Europe/Berlin\"}")
                    .expect(201);
            event(events, c, "Signed Up", clock.instant(), "{}");
            for (int month = 1; month <= 1 + c % 4; month++) {
                event(events, c, "Order Completed", Instant.parse("2026-0" + month + "-1" + (c % 9) + "T10:00:00Z"),
                        "{\"revenue\":" + (20 + c) + "}");
            }
            event(events, c, "Survey Responded", Instant.parse("2026-04-20T10:00:00Z"), "{\"survey\":\"nps\",\"score\":" + c % 11 + "}");
            ids.append(c == 0 ? "" : ",").append("\"c").append(c).append('"');
        }
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);
        api.post("/v1/experiments/hero/assignments", "{\"customerIds\":[" + ids + "]}").expect(200);
        server.app().campaignScheduler().runOnce();
        clock.advance(Duration.ofHours(2));
        StringBuilder conversions = new StringBuilder();
        for (int c = 0; c < CUSTOMERS; c += 3) {
            event(conversions, c, "Order Completed", clock.instant(), "{\"revenue\":30}");
        }
        api.post("/v1/events/batch", "{\"events\":[" + conversions + "]}").expect(200);
        clock.advance(Duration.ofMinutes(5));
    }

    private void event(StringBuilder events, int customer, String name, Instant at, String properties) {
        events.append(events.length() == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"").append(name).append("\",\"customerId\":\"c")
                .append(customer).append("\",\"timestamp\":\"").append(at).append("\",\"properties\":").append(properties).append('}');
    }

    /** The example's data, with these variables; fails on any error. */
    private JsonNode run(String example, String variables) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        request.put("query", Files.readString(Path.of("clients/graphql/" + example + ".graphql")));
        request.set("variables", JSON.readTree(variables));
        JsonNode answer = api.post("/graphql", request.toString()).expect(200).json();
        assertFalse(answer.has("errors"), example + ": " + answer);
        return answer.get("data");
    }
}
