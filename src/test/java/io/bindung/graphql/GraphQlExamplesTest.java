package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.demo.DemoShop;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every example query of {@code clients/graphql/} on the demo shop (small: 400 customers), so
 * the examples never rot: each must answer without errors and with the figures a dashboard shows.
 */
class GraphQlExamplesTest extends EndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CUSTOMERS = 400;

    @Test
    void everyExampleQueryAnswersOnTheDemoShop() throws IOException {
        new DemoShop("http://127.0.0.1:" + server.app().port(), TestServer.ADMIN_KEY, () -> server.app().campaignScheduler().runOnce(),
                sent -> { }).load(new DemoShop.Size(CUSTOMERS, 8000, 7));
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String range = "\"from\":\"" + today.minus(Duration.ofDays(365)) + "\",\"to\":\"" + today + "\"";

        JsonNode dashboard = run("retention-dashboard", "{" + range + "}").get("metrics");
        assertTrue(dashboard.get("orders").asInt() > CUSTOMERS, dashboard.toString());
        assertTrue(dashboard.get("retention").size() >= 52);
        assertEquals(8, dashboard.get("rfm").size());
        assertTrue(dashboard.at("/nps/responses").asInt() > 0);
        assertTrue(dashboard.at("/historicClv/value").isNumber());

        JsonNode cohorts = run("cohort-matrix", "{" + range + "}").at("/metrics/cohorts/cohorts");
        assertTrue(cohorts.size() >= 12);
        assertEquals(1.0, cohorts.at("/0/retention/0").asDouble());

        JsonNode experiment = run("experiment-results", "{\"key\":\"checkout-button\"}").at("/experiment");
        assertEquals("stopped", experiment.get("status").asText());
        assertEquals(CUSTOMERS, experiment.at("/results/arms/0/exposures").asInt() + experiment.at("/results/arms/1/exposures").asInt());
        assertTrue(experiment.at("/results/metrics/0/analysis/arms/1/relativeLift/estimate").isNumber(), experiment.toString());

        JsonNode campaign = run("campaign-stats", "{\"from\":\"" + today + "\",\"to\":\"" + today.plus(Duration.ofDays(1)) + "\"}")
                .at("/campaigns/edges/0/node");
        assertTrue(campaign.at("/stats/treatment/recipients").asInt() > 0 && campaign.at("/stats/holdout/recipients").asInt() > 0);
        assertTrue(campaign.at("/stats/lift").isObject(), "treatment and holdout both have recipients");
        assertEquals(1, campaign.get("series").size(), "a point for today");

        String buyer = null;
        for (JsonNode edge : api.post("/graphql", "{\"query\":\"{ customers(first: 100) { edges { node { id metrics { orderCount } } } } }\"}")
                .expect(200).json().at("/data/customers/edges")) {
            if (buyer == null && edge.at("/node/metrics/orderCount").asInt() > 0) {
                buyer = edge.at("/node/id").asText();
            }
        }
        JsonNode customer = run("customer-page", "{\"id\":\"" + buyer + "\"}").get("customer");
        assertTrue(customer.at("/metrics/orderCount").asInt() > 0, customer.toString());
        assertTrue(customer.at("/rfm/group").isTextual());
        assertTrue(customer.at("/clv/historic").asDouble() > 0, "predicted value depends on the day's fit; historic is always there");
        assertFalse(customer.at("/events/edges").isEmpty());

        try (Stream<Path> files = Files.list(Path.of("clients/graphql"))) {
            assertEquals(Set.of("retention-dashboard.graphql", "cohort-matrix.graphql", "experiment-results.graphql",
                    "campaign-stats.graphql", "customer-page.graphql", "README.md"),
                    files.map(file -> file.getFileName().toString()).collect(Collectors.toSet()), "every example is run here");
        }
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
