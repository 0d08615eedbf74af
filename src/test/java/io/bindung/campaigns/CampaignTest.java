package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.config.Config;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestClock;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Campaign tests on a clock that moves only when the test moves it, with scheduler and
 * dispatcher rounds run by the test (no background rounds, no sleeping).
 */
abstract class CampaignTest extends EndToEndTest {
    static final String EMAIL = """
            {"channel":"email","subject":"Hi {{default customer.firstName \\"there\\"}}","text":"Your cart: {{event.properties.value}}"}""";

    protected final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Config configure(Config config) {
        return config.withoutBackgroundLoops();
    }

    /** Sends every due message (through the default log channel). */
    protected void dispatch() {
        while (server.app().dispatcher().runOnce() > 0) {
            // the next batch
        }
    }

    /** Runs one scheduler round at the clock's current time. */
    protected void runScheduler() {
        server.app().campaignScheduler().runOnce();
    }

    /** Creates and activates a campaign; answers its id. */
    protected String activeCampaign(String definition) {
        String id = api.post("/v1/campaigns", definition).expect(201).json().get("id").asText();
        api.post("/v1/campaigns/" + id + "/activate", "").expect(200);
        return id;
    }

    protected void customer(String id, String json) {
        api.put("/v1/customers/" + id, json).expect(201);
    }

    /** A customer who may be emailed and texted. */
    protected void reachable(String id, String timezone) {
        customer(id, "{\"email\":\"" + id + "@example.com\",\"phone\":\"+4915100000000\",\"timezone\":\"" + timezone + "\","
                + "\"consent\":{\"email\":{\"subscribed\":true},\"sms\":{\"subscribed\":true}}}");
    }

    /** An event now (by the test clock). */
    protected void track(String customerId, String event, String properties) {
        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"" + event + "\",\"customerId\":\"" + customerId
                + "\",\"properties\":" + properties + "}").expect(200);
    }

    /** Customers c0 … c{n-1}, each created by a {@code Signed Up} event now. */
    protected void signUps(int customers) {
        StringBuilder batch = new StringBuilder("{\"events\":[");
        for (int i = 0; i < customers; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Signed Up\",\"customerId\":\"c").append(i).append("\"}");
        }
        api.post("/v1/events/batch", batch.append("]}").toString()).expect(200);
    }

    protected List<JsonNode> entries(String campaignId) {
        return api.allPages("/v1/campaigns/" + campaignId + "/entries");
    }

    /** Each customer's entry status (for campaigns with one occurrence per customer). */
    protected Map<String, String> statuses(String campaignId) {
        Map<String, String> statuses = new TreeMap<>();
        entries(campaignId).forEach(entry -> statuses.put(entry.get("customerId").asText(), entry.get("status").asText()));
        return statuses;
    }
}
