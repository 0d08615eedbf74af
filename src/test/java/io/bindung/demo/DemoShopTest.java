package io.bindung.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo shop, small, loaded into a real server: every figure a newcomer looks at has data behind it. */
class DemoShopTest extends EndToEndTest {
    @Test
    void theDemoShopFillsEveryMetricExperimentAndCampaign() {
        AtomicLong progress = new AtomicLong();
        DemoShop.Loaded loaded = new DemoShop("http://127.0.0.1:" + server.app().port(), TestServer.ADMIN_KEY,
                () -> server.app().campaignScheduler().runOnce(), progress::set).load(new DemoShop.Size(400, 8000, 7));
        assertEquals(400, loaded.customers());
        assertTrue(loaded.events() > 6000, "about the events asked for: " + loaded.events());
        assertEquals(loaded.events(), progress.get(), "the progress reached every event");

        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        JsonNode metrics = graph("{ metrics(from: \"" + today.minus(Duration.ofDays(395)) + "\", to: \"" + today.plus(Duration.ofDays(1))
                + "\") { orders repeatPurchaseRate nps { responses } csat { responses } ces { responses } firstContactResolutionRate"
                + " productReturnRate historicClv { value } retention(granularity: MONTH) { retentionRate }"
                + " cohorts(granularity: MONTH) { cohorts { customers } } } }").get("metrics");
        assertTrue(metrics.get("orders").asInt() > 400, metrics.toString());
        for (String figure : new String[] {"/repeatPurchaseRate", "/firstContactResolutionRate", "/productReturnRate", "/historicClv/value"}) {
            assertTrue(metrics.at(figure).isNumber(), figure + " in " + metrics);
        }
        for (String survey : new String[] {"nps", "csat", "ces"}) {
            assertTrue(metrics.at("/" + survey + "/responses").asInt() > 0, survey);
        }
        assertTrue(metrics.get("retention").size() >= 13);
        assertFalse(metrics.at("/cohorts/cohorts").isEmpty());

        JsonNode finished = api.get("/v1/experiments/checkout-button/results").expect(200).json();
        assertEquals("stopped", finished.get("status").asText());
        assertEquals(400, finished.at("/arms/0/exposures").asInt() + finished.at("/arms/1/exposures").asInt());
        JsonNode running = api.get("/v1/experiments/hero-banner/results").expect(200).json();
        assertEquals("running", running.get("status").asText());
        assertEquals(4, running.get("arms").size(), "a 2 x 2 test has four cells");

        JsonNode stats = api.get("/v1/campaigns/" + loaded.campaignId() + "/stats").expect(200).json();
        assertTrue(stats.at("/treatment/recipients").asInt() > 0 && stats.at("/holdout/recipients").asInt() > 0, stats.toString());
        assertEquals("active", api.get("/v1/campaigns/" + loaded.campaignId()).expect(200).json().get("status").asText());
    }

    private JsonNode graph(String query) {
        JsonNode answer = api.post("/graphql", "{\"query\":" + TextNode.valueOf(query) + "}").expect(200).json();
        assertFalse(answer.has("errors"), answer.toString());
        return answer.get("data");
    }
}
