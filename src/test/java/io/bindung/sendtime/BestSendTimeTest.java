package io.bindung.sendtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.ClockedEndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Send times on small hand-built histories with known answers. The clock stands at Monday
 * 2026-03-02 09:00 UTC; Berlin is UTC+1 until daylight saving starts on Sunday 2026-03-29 at 02:00.
 */
class BestSendTimeTest extends ClockedEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    BestSendTimeTest() {
        super(NOW);
    }

    @Test
    void aRegularOpenerGetsTheirOwnHourOnTheirOwnClock() {
        customer("anna", "Europe/Berlin");
        customer("ravi", "Asia/Kolkata");
        // anna opens on Tuesdays at 19:00 Berlin time, ravi on Wednesdays at 08:00 India time (UTC+05:30).
        history("anna", "Email Opened", weekly(LocalDate.of(2026, 1, 6), LocalTime.of(19, 10), "Europe/Berlin", 8));
        history("ravi", "Email Link Clicked", weekly(LocalDate.of(2026, 1, 7), LocalTime.of(8, 20), "Asia/Kolkata", 8));

        JsonNode anna = api.get("/v1/customers/anna/send-time?channel=email&to=2026-03-09T09:00:00Z").expect(200).json();
        assertEquals("2026-03-03T18:00:00Z", anna.get("sendAt").asText());
        assertEquals("2026-03-03T19:00+01:00", anna.get("localSendAt").asText());
        assertEquals("tuesday", anna.at("/explanation/topHours/0/day").asText());
        assertEquals(19, anna.at("/explanation/topHours/0/hour").asInt());
        assertTrue(anna.at("/explanation/ownWeight").asDouble() > 0.3, anna.toString());
        assertEquals(1.0, anna.at("/explanation/ownWeight").asDouble() + anna.at("/explanation/groupWeight").asDouble(), 1e-12);

        JsonNode graph = api.post("/graphql", "{\"query\":\"{ customer(id: \\\"anna\\\") { week: bestSendTime(withinHours: 168)"
                + " day: bestSendTime push: bestSendTime(channel: \\\"webhook\\\") } }\"}").expect(200).json().at("/data/customer");
        assertEquals("2026-03-03T18:00:00Z", graph.get("week").asText(), "GraphQL gives the same hour");
        assertEquals("2026-03-02T17:00:00Z", graph.get("day").asText(),
                "her weekday rhythm holds on Monday too: 18:00 Berlin, just before her usual 19:10");
        assertTrue(graph.get("push").isNull(), "no send-time model for webhooks");

        JsonNode ravi = api.get("/v1/customers/ravi/send-time?to=2026-03-09T09:00:00Z").expect(200).json();
        assertEquals("2026-03-04T02:30:00Z", ravi.get("sendAt").asText(), "08:00 in Kolkata is 02:30 UTC");
        assertEquals("2026-03-04T08:00+05:30", ravi.get("localSendAt").asText());
    }

    @Test
    void theBatchFormAnswersManyCustomersAtOnce() {
        customer("anna", "Europe/Berlin");
        customer("ravi", "Asia/Kolkata");
        history("anna", "Email Opened", weekly(LocalDate.of(2026, 1, 6), LocalTime.of(19, 10), "Europe/Berlin", 8));
        history("ravi", "Email Link Clicked", weekly(LocalDate.of(2026, 1, 7), LocalTime.of(8, 20), "Asia/Kolkata", 8));
        JsonNode batch = api.post("/v1/send-times", """
                {"customerIds":["anna","ravi","nobody","anna"],"channel":"email","to":"2026-03-09T09:00:00Z"}""").expect(200).json();
        assertEquals(List.of("anna", "ravi"), batch.get("sendTimes").findValuesAsText("customerId"), "each customer once");
        assertEquals(List.of("2026-03-03T18:00:00Z", "2026-03-04T02:30:00Z"), batch.get("sendTimes").findValuesAsText("sendAt"),
                "the hours the single form gives");
        assertEquals("[\"nobody\"]", batch.get("unknownCustomers").toString());
        JsonNode page = api.post("/graphql", "{\"query\":\"{ customers(first: 10) { edges { node { id bestSendTime(withinHours: 168) } } } }\"}")
                .expect(200).json().at("/data/customers/edges");
        assertEquals(2, page.size());
        for (JsonNode edge : page) {
            String id = edge.at("/node/id").asText();
            assertEquals(api.get("/v1/customers/" + id + "/send-time?to=2026-03-09T09:00:00Z").expect(200).json().get("sendAt").asText(),
                    edge.at("/node/bestSendTime").asText(), "a page of customers, batched, gives each the hour the single form gives");
        }
        JsonNode strangers = api.post("/v1/send-times", "{\"customerIds\":[\"nobody\",\"no one\"]}").expect(200).json();
        assertEquals("[]", strangers.get("sendTimes").toString());
        assertEquals("[\"nobody\",\"no one\"]", strangers.get("unknownCustomers").toString());
        api.post("/v1/send-times", "{\"customerIds\":[]}").invalidRequest().expect(400);
        api.post("/v1/send-times", "{\"customerIds\":[\"anna\"],\"channel\":\"fax\"}").invalidRequest().expect(400);
    }

    @Test
    void theLocalHourHoldsAcrossADaylightSavingChange() {
        customer("berta", "Europe/Berlin");
        // Sundays at 10:00 in winter (UTC+1); after the change on March 29 the same hour is 08:00 UTC.
        history("berta", "Email Opened", weekly(LocalDate.of(2026, 1, 4), LocalTime.of(10, 5), "Europe/Berlin", 8));
        JsonNode berta = api.get("/v1/customers/berta/send-time?from=2026-03-28T00:00:00Z&to=2026-04-01T00:00:00Z").expect(200).json();
        assertEquals("2026-03-29T08:00:00Z", berta.get("sendAt").asText());
        assertEquals("2026-03-29T10:00+02:00", berta.get("localSendAt").asText());
    }

    @Test
    void aCustomerWithoutHistoryGetsTheGroupsHourOnTheirOwnClock() {
        for (int i = 0; i < 5; i++) {
            customer("tokyo" + i, "Asia/Tokyo");
            history("tokyo" + i, "Email Opened", weekly(LocalDate.of(2026, 1, 8), LocalTime.of(20, 15), "Asia/Tokyo", 6));
        }
        customer("cora", "Europe/Berlin");
        JsonNode cora = api.get("/v1/customers/cora/send-time?to=2026-03-09T09:00:00Z").expect(200).json();
        assertEquals("2026-03-05T20:00+01:00", cora.get("localSendAt").asText(), "Thursday 20:00, as the group, but in Berlin");
        assertEquals(0.0, cora.at("/explanation/ownWeight").asDouble());
        assertEquals(0.0, cora.at("/explanation/ownEngagements").asDouble());
    }

    @Test
    void aFewEngagementsTellWhichRhythmGroupACustomerIsIn() {
        // Two kinds of customers, on weekdays and weekends alike: early birds at 07:10, night owls at 21:10 (UTC).
        for (int i = 0; i < 25; i++) {
            customer("bird" + i, "UTC");
            history("bird" + i, "Email Opened", List.of(Instant.parse("2026-02-03T07:10:00Z"), Instant.parse("2026-02-05T07:10:00Z"),
                    Instant.parse("2026-02-07T07:10:00Z")));
            customer("owl" + i, "UTC");
            history("owl" + i, "Email Opened", List.of(Instant.parse("2026-02-03T21:10:00Z"), Instant.parse("2026-02-05T21:10:00Z"),
                    Instant.parse("2026-02-07T21:10:00Z")));
        }
        // Eve has opened twice, on weekday evenings; nothing is known of her weekends.
        customer("eve", "UTC");
        history("eve", "Email Opened", List.of(Instant.parse("2026-02-10T21:15:00Z"), Instant.parse("2026-02-11T21:15:00Z")));
        JsonNode saturday = api.get("/v1/customers/eve/send-time?from=2026-03-07T00:00:00Z&to=2026-03-08T00:00:00Z").expect(200).json();
        assertTrue(saturday.at("/explanation/topHours/0/hour").asInt() >= 18,
                "her weekday evenings make her a night owl, so her Saturday is the owls' Saturday, not everybody's: " + saturday);
        assertEquals(21, saturday.at("/explanation/likelyGroup/weekdayPeakHour").asInt(), "the explanation names the owls' group");
        assertEquals(21, saturday.at("/explanation/likelyGroup/weekendPeakHour").asInt());
        assertTrue(saturday.at("/explanation/likelyGroup/probability").asDouble() > 0.9, saturday.toString());
        customer("newcomer", "UTC");
        JsonNode unknown = api.get("/v1/customers/newcomer/send-time?from=2026-03-07T00:00:00Z&to=2026-03-08T00:00:00Z").expect(200).json();
        assertTrue(saturday.get("engagementShare").asDouble() > 1.5 * unknown.get("engagementShare").asDouble(),
                "without engagement everybody's Saturday splits between the morning and the evening: " + unknown);
        assertTrue(unknown.at("/explanation/likelyGroup/probability").asDouble() < 0.9,
                "without engagement a group is as likely as its share of the customers: " + unknown);
        api.put("/v1/customers/zoneless", "{}").expect(201);
        assertEquals("UTC", api.get("/v1/customers/zoneless/send-time?from=2026-03-07T00:00:00Z&to=2026-03-08T00:00:00Z").expect(200).json()
                .get("timezone").asText(), "a customer without a time zone is read in UTC, and named so");
    }

    @Test
    void engagementIsReadAgainstWhenMessagesWereWaiting() {
        // Over 28 weekdays the shop sends at 09:00 UTC; both customers open at 09:30 on twenty of them and
        // at 20:30 on the other eight. For dora the sends are recorded: a morning open only shows that a
        // message had just arrived, while an evening open, eleven hours after the send, shows she was there.
        List<Instant> sends = new ArrayList<>();
        List<Instant> mornings = new ArrayList<>();
        List<Instant> evenings = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 1, 12);
        for (int weekday = 0; weekday < 28; date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            sends.add(date.atTime(9, 0).toInstant(ZoneOffset.UTC));
            if (weekday % 7 < 5) {
                mornings.add(date.atTime(9, 30).toInstant(ZoneOffset.UTC));
            } else {
                evenings.add(date.atTime(20, 30).toInstant(ZoneOffset.UTC));
            }
            weekday++;
        }
        for (String id : List.of("dora", "ed")) {
            customer(id, "UTC");
            history(id, "Email Opened", mornings);
            history(id, "Email Opened", evenings);
        }
        history("dora", "Email Sent", sends);
        String window = "/send-time?from=2026-03-03T00:00:00Z&to=2026-03-04T00:00:00Z";
        int ed = api.get("/v1/customers/ed" + window).expect(200).json().at("/explanation/topHours/0/hour").asInt();
        assertTrue(ed == 8 || ed == 9, "without sends on record, ed's mornings count as they are (a send at 8 is engaged with at 9): " + ed);
        int dora = api.get("/v1/customers/dora" + window).expect(200).json().at("/explanation/topHours/0/hour").asInt();
        assertTrue(dora >= 18 && dora <= 20, "dora's evenings weigh more than her mornings right after each send: " + dora);
    }

    @Test
    void quietHoursPushTheChoiceToTheBestHourOutsideThem() {
        customer("anna", "Europe/Berlin");
        history("anna", "Email Opened", weekly(LocalDate.of(2026, 1, 6), LocalTime.of(21, 30), "Europe/Berlin", 8));
        history("anna", "Email Opened", weekly(LocalDate.of(2026, 1, 7), LocalTime.of(12, 30), "Europe/Berlin", 3));
        String window = "to=2026-03-09T09:00:00Z";
        assertEquals("2026-03-03T21:00+01:00", api.get("/v1/customers/anna/send-time?" + window).expect(200).json()
                .get("localSendAt").asText());
        assertEquals("2026-03-03T19:00+01:00", api.get("/v1/customers/anna/send-time?" + window + "&quietStart=20:00&quietEnd=08:00")
                .expect(200).json().get("localSendAt").asText(),
                "Tuesday 21:00 is quiet: the last hour before the quiet hours still reaches her 21:30 engagement, better than Wednesday noon");
        assertEquals("2026-03-04T12:00+01:00", api.get("/v1/customers/anna/send-time?" + window + "&quietStart=20:00&quietEnd=08:00"
                        + "&horizonHours=1").expect(200).json().get("localSendAt").asText(),
                "engagement counted only within an hour of the send: Wednesday noon is the best hour outside the quiet hours");
    }

    @Test
    void theChanceToEngageIsMeasuredOnTheChannelsSends() throws InterruptedException {
        customer("anna", "Europe/Berlin");
        history("anna", "Email Opened", weekly(LocalDate.of(2026, 1, 6), LocalTime.of(19, 10), "Europe/Berlin", 8));
        // 120 messages delivered on Monday 2026-02-23 at 10:00 UTC; half are opened two hours later, the rest never.
        Instant sent = Instant.parse("2026-02-23T10:00:00Z");
        StringBuilder deliveries = new StringBuilder();
        StringBuilder opens = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            String properties = ",\"properties\":{\"campaignId\":\"spring\",\"messageKey\":\"m" + i + "\"}";
            deliveries.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Email Delivered\",\"customerId\":\"r")
                    .append(i).append("\",\"timestamp\":\"").append(sent).append("\"").append(properties).append("}");
            if (i % 2 == 0) {
                opens.append(opens.length() == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Email Opened\",\"customerId\":\"r")
                        .append(i).append("\",\"timestamp\":\"").append(sent.plusSeconds(2 * 3600 + 60)).append("\"").append(properties)
                        .append("}");
            }
        }
        api.post("/v1/events/batch", "{\"events\":[" + deliveries + "]}").expect(200);
        clock.advance(java.time.Duration.ofHours(2));
        JsonNode unopened = api.get("/v1/customers/anna/send-time?to=2026-03-09T09:00:00Z").expect(200).json();
        assertFalse(unopened.at("/explanation/calibrated").asBoolean(), "sends that nobody engaged with say nothing of when they do");
        assertTrue(unopened.get("engagementProbability").isNull(), "so no chance is claimed: " + unopened);
        api.post("/v1/events/batch", "{\"events\":[" + opens + "]}").expect(200);
        clock.advance(java.time.Duration.ofHours(2));

        // Past its hour, the channel's model is rebuilt in the background while the old one answers.
        JsonNode day = rebuilt("/v1/customers/anna/send-time?to=2026-03-09T09:00:00Z");
        assertTrue(day.at("/explanation/calibrated").asBoolean(), day.toString());
        double withinADay = day.get("engagementProbability").asDouble();
        assertTrue(withinADay > 0.5 && withinADay <= 1, "half the sends engage after two hours, and she is active two hours after 17:00: "
                + day);
        assertEquals("2026-03-03T17:00+01:00", day.get("localSendAt").asText(), "two hours before her Tuesday 19:00");
        // Every engagement measured came two hours after its send: a one-hour horizon sees none of it.
        JsonNode hour = api.get("/v1/customers/anna/send-time?to=2026-03-09T09:00:00Z&horizonHours=1").expect(200).json();
        assertEquals(0.0, hour.get("engagementProbability").asDouble(), 1e-12, hour.toString());
        assertEquals(1, hour.get("horizonHours").asInt());
        assertEquals(GroupModel.DEFAULT_STRENGTH, day.at("/explanation/priorStrength").asDouble(), "too few customers to fit the strength");
    }

    @Test
    void badParametersAreRefused() {
        customer("anna", "Europe/Berlin");
        api.get("/v1/customers/anna/send-time?channel=fax").invalidRequest().expect(400);
        api.get("/v1/customers/anna/send-time?from=2026-03-05T00:00:00Z&to=2026-03-04T00:00:00Z").expect(400);
        api.get("/v1/customers/anna/send-time?from=2026-02-01T00:00:00Z&to=2026-02-02T00:00:00Z").expect(400);
        api.get("/v1/customers/anna/send-time?to=2026-04-01T00:00:00Z").expect(400);
        api.get("/v1/customers/anna/send-time?quietStart=21:00").expect(400);
        api.get("/v1/customers/anna/send-time?horizonHours=0").invalidRequest().expect(400);
        api.get("/v1/customers/anna/send-time?horizonHours=soon").invalidRequest().expect(400);
        api.get("/v1/customers/anna/send-time?quietStart=late&quietEnd=08:00").expect(400);
        api.get("/v1/customers/anna/send-time?from=2026-03-02T20:00:00Z&to=2026-03-02T23:00:00Z&quietStart=20:00&quietEnd=08:00")
                .expect(400);
        api.get("/v1/customers/nobody/send-time").expect(404);
    }

    private void customer(String id, String zone) {
        api.put("/v1/customers/" + id, "{\"timezone\":\"" + zone + "\"}").expect(201);
    }

    /** The instants of {@code weeks} weekly local times from {@code first}. */
    private static List<Instant> weekly(LocalDate first, LocalTime time, String zone, int weeks) {
        List<Instant> instants = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            instants.add(ZonedDateTime.of(first.plusWeeks(week), time, ZoneId.of(zone)).toInstant());
        }
        return instants;
    }

    private void history(String customer, String event, List<Instant> instants) {
        StringBuilder events = new StringBuilder();
        for (Instant at : instants) {
            events.append(events.length() == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"").append(event)
                    .append("\",\"customerId\":\"").append(customer).append("\",\"timestamp\":\"").append(at).append("\"}");
        }
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);
    }

    /** The answer once the rebuild that the first request past the model's hour started has landed (calibrated). */
    private JsonNode rebuilt(String path) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        JsonNode answer = api.get(path).expect(200).json();
        while (!answer.at("/explanation/calibrated").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            answer = api.get(path).expect(200).json();
        }
        return answer;
    }
}
