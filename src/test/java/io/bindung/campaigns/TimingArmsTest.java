package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.experiments.Bucketing;
import io.bindung.stats.ProportionComparison;
import io.bindung.testing.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Optimised timing's timing holdout ({@code fixed}: the campaign's fallback time) and exploration
 * ({@code explored}: a random hour of the window), and the stats that compare the arms. The clock
 * starts on Monday 2026-03-02 09:00 UTC.
 */
class TimingArmsTest extends CampaignTest {
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata");
    private static final LocalTime FALLBACK = LocalTime.of(10, 0);

    @Test
    void eachArmGetsItsShareAndItsSendTimeAndACustomerKeepsTheirArm() {
        importCustomers(400);
        String id = activeCampaign("""
                {"name":"Browse reminder","type":"triggered","trigger":{"event":"Browsed"},
                 "quietHours":{"start":"21:00","end":"08:00"},
                 "timing":{"type":"optimised","withinHours":24,"fallbackTime":"10:00","timingHoldoutPercent":30,"explorationPercent":20},
                 "content":""" + EMAIL + "}");
        clock.advance(Duration.ofMinutes(1));
        Instant triggered = clock.now();
        browse(400);
        runScheduler();

        List<JsonNode> entries = entries(id);
        assertEquals(400, entries.size());
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> arms = new HashMap<>();
        Set<Integer> exploredHours = new HashSet<>();
        for (JsonNode entry : entries) {
            String customer = entry.get("customerId").asText();
            String arm = entry.get("timingArm").asText();
            assertEquals("waiting", entry.get("status").asText());
            assertEquals(expectedArm(id, customer, 30, 20), arm, customer + " is in the arm its hash puts it in");
            counts.merge(arm, 1, Integer::sum);
            arms.put(customer, arm);
            ZonedDateTime sendAt = Instant.parse(entry.get("dueAt").asText()).atZone(zone(customer));
            if (arm.equals("fixed")) {
                assertEquals(nextLocal(triggered, zone(customer), FALLBACK), sendAt.toInstant(), customer + " gets the fallback time");
                continue;
            }
            assertWholeHourInWindow(sendAt, triggered, customer);
            if (arm.equals("explored")) {
                exploredHours.add(sendAt.getHour());
            }
        }
        assertEquals(400, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(Math.abs(counts.getOrDefault("fixed", 0) - 120) < 40, "30% of 400 sent at the fixed time: " + counts);
        assertTrue(Math.abs(counts.getOrDefault("explored", 0) - 80) < 35, "20% of 400 explored: " + counts);
        assertTrue(Math.abs(counts.getOrDefault("optimised", 0) - 200) < 45, "the rest optimised: " + counts);
        assertTrue(exploredHours.size() > 5, "explored hours are spread over the window: " + exploredHours);

        clock.advance(Duration.ofDays(2));
        runScheduler();
        dispatch();
        assertEquals(Set.of("queued"), Set.copyOf(statuses(id).values()));
        browse(100);
        runScheduler();
        List<JsonNode> again = entries(id).stream().filter(entry -> entry.get("status").asText().equals("waiting")).toList();
        assertEquals(100, again.size(), "a second occurrence each");
        for (JsonNode entry : again) {
            String customer = entry.get("customerId").asText();
            assertEquals(arms.get(customer), entry.get("timingArm").asText(), customer + " keeps their arm");
        }
    }

    @Test
    void statsCompareOptimisedWithFixedTimingOnEngagementWithAnInterval() {
        importCustomers(300);
        String id = activeCampaign("""
                {"name":"Browse reminder","type":"triggered","trigger":{"event":"Browsed"},"holdoutPercent":20,
                 "timing":{"type":"optimised","withinHours":24,"timingHoldoutPercent":30,"explorationPercent":20},
                 "content":""" + EMAIL + "}");
        clock.advance(Duration.ofMinutes(1));
        browse(300);
        runScheduler();
        clock.advance(Duration.ofDays(2));
        runScheduler();
        dispatch();

        JsonNode before = api.get("/v1/campaigns/" + id + "/stats").expect(200).json();
        assertEquals(0, before.at("/timing/optimised/engaged").asLong());
        assertEquals(0.0, before.at("/timing/lift/difference").asDouble(), "nothing opened yet");

        clock.advance(Duration.ofHours(1));
        Map<String, long[]> expected = new HashMap<>();
        for (String arm : List.of("optimised", "fixed", "explored")) {
            expected.put(arm, new long[3]);
        }
        StringBuilder events = new StringBuilder();
        long heldOut = 0;
        for (JsonNode entry : entries(id)) {
            if (entry.get("status").asText().equals("held_out")) {
                heldOut++;
                continue;
            }
            String customer = entry.get("customerId").asText();
            int number = Integer.parseInt(customer.substring(1));
            String arm = entry.get("timingArm").asText();
            long[] counts = expected.get(arm);
            counts[0]++;
            boolean opens = number % (arm.equals("optimised") ? 2 : 4) == 0;
            if (opens) {
                counts[1]++;
                event(events, customer, "Email Opened", id, entry.get("messageKey").asText());
                if (number % 3 == 0) {
                    event(events, customer, "Email Link Clicked", id, entry.get("messageKey").asText());
                }
            } else if (number % 7 == 1) {
                counts[1]++;
                event(events, customer, "Email Link Clicked", id, entry.get("messageKey").asText());
            }
            if (number % 5 == 0) {
                counts[2]++;
                event(events, customer, "Order Completed", null, null);
            }
        }
        assertTrue(heldOut > 20, "the control group is apart from the timing arms: " + heldOut);
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);

        JsonNode stats = api.get("/v1/campaigns/" + id + "/stats").expect(200).json();
        JsonNode timing = stats.get("timing");
        long recipients = 0;
        for (String arm : List.of("optimised", "fixed", "explored")) {
            long[] counts = expected.get(arm);
            JsonNode group = timing.get(arm);
            assertEquals(counts[0], group.get("recipients").asLong(), arm);
            assertEquals(counts[1], group.get("engaged").asLong(), arm + ": messages opened or clicked, each once");
            assertEquals((double) counts[1] / counts[0], group.get("engagementRate").asDouble(), 1e-12, arm);
            assertEquals(counts[2], group.get("converted").asLong(), arm);
            assertEquals((double) counts[2] / counts[0], group.get("conversionRate").asDouble(), 1e-12, arm);
            recipients += counts[0];
        }
        assertEquals(stats.at("/treatment/recipients").asLong(), recipients, "the arms split the recipients who got a message");

        long[] optimised = expected.get("optimised");
        long[] fixed = expected.get("fixed");
        ProportionComparison lift = ProportionComparison.of(optimised[1], optimised[0], fixed[1], fixed[0], 0.95);
        assertEquals(lift.difference(), timing.at("/lift/difference").asDouble(), 1e-12);
        assertEquals(lift.lower(), timing.at("/lift/lower").asDouble(), 1e-12);
        assertEquals(lift.upper(), timing.at("/lift/upper").asDouble(), 1e-12);
        assertEquals(lift.pValue(), timing.at("/lift/pValue").asDouble(), 1e-12);
        assertEquals(0.95, timing.at("/lift/confidenceLevel").asDouble());
        assertTrue(timing.at("/lift/lower").asDouble() < timing.at("/lift/difference").asDouble()
                && timing.at("/lift/difference").asDouble() < timing.at("/lift/upper").asDouble());

        JsonNode graph = api.post("/graphql", "{\"query\":\"{ campaign(id: \\\"" + id + "\\\") { stats { timing {"
                + " optimised { recipients engaged engagementRate converted conversionRate } fixed { recipients engaged }"
                + " explored { recipients } lift { difference lower upper confidenceLevel pValue } } } } }\"}")
                .expect(200).json().at("/data/campaign/stats/timing");
        assertEquals(timing.get("optimised"), graph.get("optimised"));
        assertEquals(timing.at("/fixed/engaged"), graph.at("/fixed/engaged"));
        assertEquals(timing.at("/explored/recipients"), graph.at("/explored/recipients"));
        assertEquals(timing.at("/lift/pValue").asDouble(), graph.at("/lift/pValue").asDouble(), 1e-12);
    }

    @Test
    void withoutATimingHoldoutThereIsNoLiftAndOtherTimingsHaveNoArms() {
        reachable("anna", "Europe/Berlin");
        String optimised = activeCampaign("""
                {"name":"Optimised only","type":"triggered","trigger":{"event":"Browsed"},
                 "timing":{"type":"optimised","timingHoldoutPercent":0,"explorationPercent":0},"content":""" + EMAIL + "}");
        String immediate = activeCampaign("""
                {"name":"Straight away","type":"triggered","trigger":{"event":"Browsed"},"content":""" + EMAIL + "}");
        clock.advance(Duration.ofMinutes(1));
        track("anna", "Browsed", "{}");
        runScheduler();
        clock.advance(Duration.ofDays(2));
        runScheduler();

        assertEquals("optimised", entries(optimised).get(0).get("timingArm").asText());
        JsonNode timing = api.get("/v1/campaigns/" + optimised + "/stats").expect(200).json().get("timing");
        assertEquals(1, timing.at("/optimised/recipients").asLong());
        assertEquals(0, timing.at("/fixed/recipients").asLong());
        assertTrue(timing.at("/fixed/engagementRate").isNull());
        assertTrue(timing.get("lift").isNull(), "no lift while the fixed arm is empty");

        assertEquals("queued", entries(immediate).get(0).get("status").asText());
        assertTrue(entries(immediate).get(0).get("timingArm").isNull());
        assertTrue(api.get("/v1/campaigns/" + immediate + "/stats").expect(200).json().get("timing").isNull());
        assertTrue(api.post("/graphql", "{\"query\":\"{ campaign(id: \\\"" + immediate + "\\\") { stats { timing { lift { difference } } } } }\"}")
                .expect(200).json().at("/data/campaign/stats/timing").isNull());
    }

    @Test
    void aTextCampaignsTimingCountsTheEngagementOfTexts() {
        reachable("anna", "Europe/Berlin");
        String id = activeCampaign("""
                {"name":"Back in stock","type":"triggered","trigger":{"event":"Browsed"},
                 "timing":{"type":"optimised","timingHoldoutPercent":0,"explorationPercent":0},"content":{"channel":"sms","text":"Back!"}}""");
        clock.advance(Duration.ofMinutes(1));
        track("anna", "Browsed", "{}");
        runScheduler();
        clock.advance(Duration.ofDays(2));
        runScheduler();
        dispatch();
        String messageKey = entries(id).get(0).get("messageKey").asText();

        StringBuilder email = new StringBuilder();
        event(email, "anna", "Email Opened", id, messageKey);
        api.post("/v1/events/batch", "{\"events\":[" + email + "]}").expect(200);
        assertEquals(0, api.get("/v1/campaigns/" + id + "/stats").expect(200).json().at("/timing/optimised/engaged").asLong(),
                "an email open is not engagement with a text");
        StringBuilder text = new StringBuilder();
        event(text, "anna", "SMS Link Clicked", id, messageKey);
        api.post("/v1/events/batch", "{\"events\":[" + text + "]}").expect(200);
        assertEquals(1, api.get("/v1/campaigns/" + id + "/stats").expect(200).json().at("/timing/optimised/engaged").asLong(),
                "a click on the text's link is");
    }

    @Test
    void badSharesAreRefusedNamingTheField() {
        List<Map<String, Object>> before = server.database().snapshot();
        String campaign = """
                {"name":"x","type":"triggered","trigger":{"event":"Browsed"},"timing":%s,"content":""" + EMAIL + "}";
        Api.Response refused = api.post("/v1/campaigns", campaign.formatted("""
                {"type":"optimised","timingHoldoutPercent":51,"explorationPercent":-1}""")).invalidRequest().expect(400);
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
        JsonNode problem = refused.json();
        assertEquals(List.of("timing.timingHoldoutPercent", "timing.explorationPercent"), problem.get("errors").findValuesAsText("field"));
        api.post("/v1/campaigns", campaign.formatted("""
                {"type":"optimised","timingHoldoutPercent":"10","explorationPercent":20.5}""")).invalidRequest()
                .expect(400, body -> assertEquals(List.of("timing.timingHoldoutPercent", "timing.explorationPercent"),
                        body.get("errors").findValuesAsText("field")));
        api.post("/v1/campaigns", campaign.formatted("""
                {"type":"localTime","time":"10:00","timingHoldoutPercent":10}""")).invalidRequest()
                .expect(400, body -> {
                    assertEquals(List.of("timing.timingHoldoutPercent"), body.get("errors").findValuesAsText("field"));
                    assertEquals("is only for optimised timing", body.at("/errors/0/message").asText());
                });
        api.post("/v1/campaigns", campaign.formatted("""
                {"type":"immediately","explorationPercent":5}""")).invalidRequest()
                .expect(400, body -> assertEquals(List.of("timing.explorationPercent"), body.get("errors").findValuesAsText("field")));
        api.post("/v1/campaigns", """
                {"name":"x","type":"triggered","trigger":{"event":"Browsed"},"timing":{"type":"optimised"},
                 "content":{"channel":"webhook","payload":{"sku":"{{event.properties.sku}}"}}}""").invalidRequest()
                .expect(400, body -> assertEquals(List.of("timing"), body.get("errors").findValuesAsText("field"),
                        "no send-time model learns from webhooks"));
        assertEquals(before, server.database().snapshot());

        JsonNode edges = api.post("/v1/campaigns", campaign.formatted("""
                {"type":"optimised","timingHoldoutPercent":50,"explorationPercent":20}""")).expect(201).json();
        assertEquals(50, edges.at("/definition/timing/timingHoldoutPercent").asInt());
        api.post("/v1/campaigns", campaign.formatted("""
                {"type":"optimised","timingHoldoutPercent":0,"explorationPercent":0}""")).expect(201);
    }

    /** The arm the documented split of {@code Bucketing.unit(campaign + ":timing", customer)} gives. */
    private static String expectedArm(String campaignId, String customerId, double holdout, double exploration) {
        double point = Bucketing.unit(campaignId + ":timing", customerId) * 100;
        if (point < holdout) {
            return "fixed";
        }
        return point < holdout + exploration ? "explored" : "optimised";
    }

    /** A whole local hour in [triggered, triggered + 24 h) outside the quiet hours 21:00–08:00. */
    private static void assertWholeHourInWindow(ZonedDateTime sendAt, Instant triggered, String customer) {
        assertEquals(0, sendAt.getMinute() + sendAt.getSecond() + sendAt.getNano(), customer + " at a whole local hour: " + sendAt);
        assertFalse(sendAt.toInstant().isBefore(triggered), customer + ": " + sendAt);
        assertTrue(sendAt.toInstant().isBefore(triggered.plus(Duration.ofHours(24))), customer + ": " + sendAt);
        assertTrue(sendAt.getHour() >= 8 && sendAt.getHour() < 21, customer + " outside the quiet hours: " + sendAt);
    }

    private static Instant nextLocal(Instant from, ZoneId zone, LocalTime time) {
        ZonedDateTime candidate = from.atZone(zone).with(time);
        return candidate.toInstant().isBefore(from) ? candidate.plusDays(1).toInstant() : candidate.toInstant();
    }

    private static ZoneId zone(String customer) {
        return ZoneId.of(ZONES.get(Integer.parseInt(customer.substring(1)) % ZONES.size()));
    }

    /** Customers c0 … c{n-1}, emailable, in Berlin, New York and Kolkata (a half-hour offset) in turn. */
    private void importCustomers(int customers) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < customers; i++) {
            lines.append("{\"id\":\"c").append(i).append("\",\"email\":\"c").append(i).append("@example.com\",\"timezone\":\"")
                    .append(ZONES.get(i % ZONES.size())).append("\",\"consent\":{\"email\":{\"subscribed\":true}}}\n");
        }
        JsonNode result = api.call("POST", "/v1/customers/import").body(lines.toString(), "application/x-ndjson").expect(200).json();
        assertEquals(customers, result.get("created").asInt(), result.toString());
    }

    /** A {@code Browsed} event now for each of c0 … c{n-1}. */
    private void browse(int customers) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < customers; i++) {
            event(events, "c" + i, "Browsed", null, null);
        }
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);
    }

    private static void event(StringBuilder events, String customer, String name, String campaignId, String messageKey) {
        events.append(events.isEmpty() ? "" : ",").append("{\"type\":\"track\",\"event\":\"").append(name)
                .append("\",\"customerId\":\"").append(customer).append("\",\"properties\":");
        if (campaignId == null) {
            events.append(name.equals("Order Completed") ? "{\"revenue\":10}}" : "{}}");
            return;
        }
        events.append("{\"campaignId\":\"").append(campaignId).append("\",\"messageKey\":\"").append(messageKey).append("\"}}");
    }
}
