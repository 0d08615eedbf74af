package io.bindung.campaigns;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign with optimised timing sends at the recipient's best hour within its window, as the
 * send-time model finds it. The clock starts on Monday 2026-03-02 09:00 UTC (10:00 in Berlin).
 */
class OptimisedTimingTest extends CampaignTest {
    @Test
    void aMessageWaitsForTheRecipientsBestHourWithinTheWindow() {
        reachable("anna", "Europe/Berlin");
        StringBuilder opens = new StringBuilder();
        for (int week = 0; week < 8; week++) {
            Instant at = ZonedDateTime.of(LocalDate.of(2026, 1, 6).plusWeeks(week), LocalTime.of(19, 10), ZoneId.of("Europe/Berlin")).toInstant();
            opens.append(week == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Email Opened\",\"customerId\":\"anna\",\"timestamp\":\"")
                    .append(at).append("\"}");
        }
        api.post("/v1/events/batch", "{\"events\":[" + opens + "]}").expect(200);
        String id = activeCampaign("""
                {"name":"Browse reminder","type":"triggered","trigger":{"event":"Browsed"},
                 "timing":{"type":"optimised","withinHours":48,"timingHoldoutPercent":0,"explorationPercent":0},
                 "content":""" + EMAIL + "}");

        clock.advance(Duration.ofMinutes(1));
        track("anna", "Browsed", "{}");
        runScheduler();
        assertEquals(Map.of("anna", "waiting"), statuses(id), "anna opens on Tuesdays at 19:00 in Berlin");
        clock.set(Instant.parse("2026-03-03T17:59:00Z"));
        runScheduler();
        assertEquals(Map.of("anna", "waiting"), statuses(id));
        clock.set(Instant.parse("2026-03-03T18:00:00Z"));
        runScheduler();
        assertEquals(Map.of("anna", "queued"), statuses(id), "sent at Tuesday 19:00 Berlin time, 18:00 UTC");
    }

    @Test
    void aRoundWithEntriesToTimeCatchesTheProfilesUpAndOneWithoutLeavesThemToTheBackground() {
        reachable("ben", "America/New_York");
        api.post("/v1/events/batch", """
                {"events":[{"type":"track","event":"Email Opened","customerId":"ben","timestamp":"2026-02-24T14:10:00Z"},
                           {"type":"track","event":"Email Opened","customerId":"ben","timestamp":"2026-02-25T14:20:00Z"}]}""").expect(200);
        String id = activeCampaign("""
                {"name":"Browse reminder","type":"triggered","trigger":{"event":"Browsed"},
                 "timing":{"type":"optimised","withinHours":48},"content":""" + EMAIL + "}");
        runScheduler();
        assertEquals("2", queuedEngagement(), "no entry to time: the background catches up, which waits while an import is stored");

        clock.advance(Duration.ofMinutes(1));
        track("ben", "Browsed", "{}");
        runScheduler();
        assertEquals("0", queuedEngagement(), "applied before ben's send time was chosen");
        assertEquals(Map.of("ben", "waiting"), statuses(id), "ben opens at 09:00–10:00 in New York, later than now");
    }

    private String queuedEngagement() {
        return server.database().column("SELECT COUNT(*) FROM engagement_queue").get(0);
    }
}
