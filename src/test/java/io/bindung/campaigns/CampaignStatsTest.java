package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.stats.ProportionComparison;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaign stats: messages, engagement, conversions of treatment and holdout, and the lift. */
class CampaignStatsTest extends CampaignTest {
    @Test
    void statsCountMessagesAndCompareConversionsWithTheHoldout() {
        String id = activeCampaign("""
                {"name":"Onboarding","type":"triggered","trigger":{"event":"Signed Up"},"holdoutPercent":30,
                 "conversion":{"event":"Order Completed","withinDays":7},
                 "content":{"channel":"webhook","payload":{"customer":"{{customer.id}}"}}}""");
        signUps(200);
        runScheduler();
        dispatch();

        List<JsonNode> entries = entries(id);
        List<String> treated = ids(entries, "queued");
        List<String> heldOut = ids(entries, "held_out");
        clock.advance(Duration.ofDays(2));
        StringBuilder orders = new StringBuilder("{\"events\":[");
        int converters = 0;
        for (JsonNode entry : entries) {
            String customer = entry.get("customerId").asText();
            boolean converts = treated.contains(customer) ? Integer.parseInt(customer.substring(1)) % 2 == 0
                    : Integer.parseInt(customer.substring(1)) % 5 == 0;
            if (converts) {
                orders.append(converters++ == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"")
                        .append(customer).append("\",\"properties\":{\"revenue\":10}}");
            }
        }
        api.post("/v1/events/batch", orders.append("]}").toString()).expect(200);
        clock.advance(Duration.ofDays(10));
        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"c0\",\"properties\":{\"revenue\":99}}")
                .expect(200);

        JsonNode stats = api.get("/v1/campaigns/" + id + "/stats").expect(200).json();
        long treatedConverted = treated.stream().filter(c -> Integer.parseInt(c.substring(1)) % 2 == 0).count();
        long heldOutConverted = heldOut.stream().filter(c -> Integer.parseInt(c.substring(1)) % 5 == 0).count();
        assertEquals(treated.size(), stats.at("/messages/sent").asLong());
        assertEquals(treated.size(), stats.at("/messages/delivered").asLong(), "the log channel delivers what it takes");
        assertEquals(1.0, stats.at("/messages/deliveryRate").asDouble());
        assertEquals(treated.size(), stats.at("/treatment/recipients").asLong());
        assertEquals(treatedConverted, stats.at("/treatment/converted").asLong(), "an order 12 days later is outside the window");
        assertEquals(10.0 * treatedConverted, stats.at("/treatment/revenue").asDouble(), 1e-9);
        assertEquals(heldOut.size(), stats.at("/holdout/recipients").asLong());
        assertEquals(heldOutConverted, stats.at("/holdout/converted").asLong());
        assertTrue(heldOut.size() > 30 && heldOut.size() < 90, "30% of 200: " + heldOut.size());

        ProportionComparison expected = ProportionComparison.of(treatedConverted, treated.size(), heldOutConverted, heldOut.size(), 0.95);
        assertEquals(expected.difference(), stats.at("/lift/difference").asDouble(), 1e-12);
        assertEquals(expected.lower(), stats.at("/lift/lower").asDouble(), 1e-12);
        assertEquals(expected.pValue(), stats.at("/lift/pValue").asDouble(), 1e-12);
        assertEquals("default", stats.at("/variants/0/variant").asText());
        assertEquals(7, stats.at("/conversion/withinDays").asInt());

        JsonNode graph = api.post("/graphql", "{\"query\":\"{ campaigns(first: 5) { edges { node { id name status stats {"
                + " messages { sent deliveryRate clickToOpenRate } treatment { recipients converted conversionRate revenue revenuePerRecipient }"
                + " holdout { converted } lift { difference pValue } } } } } }\"}").expect(200).json();
        JsonNode campaign = graph.at("/data/campaigns/edges/0/node");
        assertEquals(id, campaign.get("id").asText());
        assertEquals("active", campaign.get("status").asText());
        assertEquals(stats.at("/messages/sent"), campaign.at("/stats/messages/sent"));
        assertTrue(campaign.at("/stats/messages/clickToOpenRate").isNull(), "nothing opened yet");
        assertEquals(stats.get("treatment").get("converted"), campaign.at("/stats/treatment/converted"));
        assertEquals(10.0 * treatedConverted / treated.size(), campaign.at("/stats/treatment/revenuePerRecipient").asDouble(), 1e-12);
        assertEquals(expected.pValue(), campaign.at("/stats/lift/pValue").asDouble(), 1e-12);

        JsonNode days = api.post("/graphql", "{\"query\":\"{ campaign(id: \\\"" + id + "\\\") { series(granularity: DAY,"
                + " from: \\\"2026-03-01T12:00:00Z\\\", to: \\\"2026-03-05T00:00:00Z\\\") { start end sent delivered recipients converted"
                + " revenue } } }\"}").expect(200).json().at("/data/campaign/series");
        assertEquals(4, days.size(), "Mar 1 (from noon), 2, 3, 4");
        assertEquals("2026-03-01T12:00:00Z", days.at("/0/start").asText());
        assertEquals("2026-03-02T00:00:00Z", days.at("/0/end").asText());
        JsonNode decisionDay = days.get(1);
        assertEquals("2026-03-02T00:00:00Z", decisionDay.get("start").asText());
        assertEquals(treated.size(), decisionDay.get("sent").asLong(), "sent on the day the scheduler decided");
        assertEquals(treated.size(), decisionDay.get("recipients").asLong());
        assertEquals(treatedConverted, decisionDay.get("converted").asLong(), "conversions count on the recipient's decision day");
        assertEquals(10.0 * treatedConverted, decisionDay.get("revenue").asDouble(), 1e-9);
        assertEquals(0, days.at("/0/sent").asLong() + days.at("/2/sent").asLong() + days.at("/3/recipients").asLong());
    }

    private static List<String> ids(List<JsonNode> entries, String status) {
        return entries.stream().filter(entry -> entry.get("status").asText().equals(status))
                .map(entry -> entry.get("customerId").asText()).toList();
    }
}
