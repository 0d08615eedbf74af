package io.bindung.sendtime;

import io.bindung.config.SendTimeModel;
import io.bindung.db.Database;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The stored engagement profiles follow the events incrementally: whatever order events arrive in,
 * a profile equals the one computed from all the events at once; a time-zone change or a new
 * definition of engagement rebuilds it from the events; a profile takes 1,008 bytes.
 */
class ProfileBookTest extends EndToEndTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Duration HALF_LIFE = Duration.ofDays(180);

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** @param message the campaign message's key (campaign "spring"), or null for an event outside campaign messages */
    private record Engagement(String name, Instant at, double weight, String message) {
        Engagement(String name, Instant at, double weight) {
            this(name, at, weight, null);
        }
    }

    @Test
    void profilesGrowEventByEventAndMatchTheWholeHistory() {
        api.put("/v1/customers/anna", "{\"timezone\":\"Europe/Berlin\"}").expect(201);
        List<Engagement> history = List.of(
                new Engagement("Email Opened", now.minus(Duration.ofDays(3)).minus(Duration.ofMinutes(7)), 1),
                new Engagement("Email Link Clicked", now.minus(Duration.ofDays(200)), 1),
                new Engagement("Order Completed", now.minus(Duration.ofHours(30)), 1),
                new Engagement("Email Opened", now.minus(Duration.ofDays(45)), 1),
                new Engagement("Push Opened", now.minus(Duration.ofDays(1)), 0));
        // Two arrivals, the second older than the first: the stored weights do not depend on the order.
        send("anna", history.subList(0, 2));
        sendTimeOf("anna");
        send("anna", history.subList(2, history.size()));
        sendTimeOf("anna");

        Map<String, EngagementProfile> profiles = stored(BERLIN);
        assertArrayEquals(expected(history, BERLIN), profiles.get("anna").at(now, HALF_LIFE), 1e-6);
        assertEquals(0, count("SELECT COUNT(*) FROM engagement_queue"), "every queued event was applied");
        assertEquals(EngagementProfile.BYTES, count("SELECT MAX(LENGTH(hours)) FROM engagement_profiles"));
        assertEquals(1008, EngagementProfile.BYTES, "168 float32 and 168 bfloat16: under 1 KiB per customer and channel");

        api.put("/v1/customers/anna", "{\"timezone\":\"Asia/Kolkata\"}").expect(200);
        sendTimeOf("anna");
        assertArrayEquals(expected(history, KOLKATA), stored(KOLKATA).get("anna").at(now, HALF_LIFE), 1e-6,
                "a new time zone puts the history on the new clock");

        api.delete("/v1/customers/anna").expect(204);
        assertEquals(0, count("SELECT COUNT(*) FROM engagement_profiles"), "a deleted customer's profiles go with them");
    }

    @Test
    void aCampaignMessageCountsOnceByItsFirstEngagementInWhateverOrderItArrives() {
        api.put("/v1/customers/cara", "{\"timezone\":\"Europe/Berlin\"}").expect(201);
        Instant opened = now.minus(Duration.ofDays(4));
        Engagement click = new Engagement("Email Link Clicked", opened.plus(Duration.ofMinutes(6)), 1, "m1");
        Engagement open = new Engagement("Email Opened", opened, 1, "m1");
        Engagement reopen = new Engagement("Email Opened", opened.plus(Duration.ofHours(3)), 1, "m1");
        Engagement other = new Engagement("Email Opened", now.minus(Duration.ofDays(2)), 1, "m2");
        Engagement old = new Engagement("Email Opened", now.minus(Duration.ofDays(60)), 1, "m3");
        Engagement order = new Engagement("Order Completed", now.minus(Duration.ofDays(1)), 1);
        // The click arrives first and counts until its message's earlier open arrives and takes its place.
        send("cara", List.of(click));
        sendTimeOf("cara");
        assertArrayEquals(expected(List.of(click), BERLIN), stored(BERLIN).get("cara").at(now, HALF_LIFE), 1e-6);
        send("cara", List.of(reopen, open, other, old, order));
        sendTimeOf("cara");

        List<Engagement> counted = List.of(open, other, old, order);
        assertArrayEquals(expected(counted, BERLIN), stored(BERLIN).get("cara").at(now, HALF_LIFE), 1e-6,
                "the click and the second open repeat the first open of m1");
        assertEquals(List.of("m1 " + opened.toEpochMilli(), "m2 " + other.at().toEpochMilli()),
                server.database().column("SELECT message_key || ' ' || ts FROM engagement_messages ORDER BY message_key"),
                "each message's first engagement is kept for a month after it, m3's no longer");
        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            Map<String, double[]> counts = new ProfileBook(database, SendTimeModel.defaults())
                    .counts(EngagementChannel.EMAIL, List.of("cara"), now.minus(Duration.ofDays(365)), now);
            assertEquals(4, Posterior.total(counts.get("cara")), 1e-9, "the prior strength is fitted on the same single counts");
        }

        api.put("/v1/customers/cara", "{\"timezone\":\"Asia/Kolkata\"}").expect(200);
        sendTimeOf("cara");
        assertArrayEquals(expected(counted, KOLKATA), stored(KOLKATA).get("cara").at(now, HALF_LIFE), 1e-6,
                "a replay from all the events counts each message once too");
    }

    @Test
    void aSendCountsInItsLocalHourOfTheWeek() {
        api.put("/v1/customers/finn", "{\"timezone\":\"Asia/Kolkata\"}").expect(201);
        Instant sent = now.minus(Duration.ofDays(3)).minus(Duration.ofMinutes(40));
        // A sender reporting both a send and its delivery exposes the customer twice: the same relative exposure.
        send("finn", List.of(new Engagement("Email Sent", sent, 1), new Engagement("Email Delivered", sent, 1)));
        sendTimeOf("finn");

        EngagementProfile profile = stored(KOLKATA).get("finn");
        double[] sends = profile.sendsAt(now, HALF_LIFE);
        int hour = HourOfWeek.of(sent, KOLKATA).index();
        double recency = Math.pow(0.5, (double) Duration.between(sent, now).toMillis() / HALF_LIFE.toMillis());
        assertEquals(2 * recency, sends[hour], 2 * recency / 256, "both at the send's local hour, stored to 8 significant bits");
        sends[hour] = 0;
        assertArrayEquals(new double[HourOfWeek.HOURS], sends, "no other hour");
        assertArrayEquals(new double[HourOfWeek.HOURS], profile.at(now, HALF_LIFE), "a send is no engagement");
    }

    @Test
    void aNewDefinitionOfEngagementRebuildsTheProfiles() {
        api.put("/v1/customers/ben", "{\"timezone\":\"Europe/Berlin\"}").expect(201);
        List<Engagement> history = List.of(new Engagement("Email Opened", now.minus(Duration.ofDays(2)), 1),
                new Engagement("Newsletter Read", now.minus(Duration.ofDays(5)), 0));
        send("ben", history);
        sendTimeOf("ben");

        SendTimeModel reading = new SendTimeModel(Map.of("email", Map.of("Email Opened", 3.0, "Newsletter Read", 1.0)), HALF_LIFE);
        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            ProfileBook book = new ProfileBook(database, reading);
            List<Engagement> reweighted = List.of(new Engagement("Email Opened", history.get(0).at(), 3),
                    new Engagement("Newsletter Read", history.get(1).at(), 1));
            assertArrayEquals(expected(reweighted, BERLIN), book.of(EngagementChannel.EMAIL, Map.of("ben", BERLIN)).get("ben")
                    .at(now, HALF_LIFE), 1e-6, "the old events are counted by the new definition");
            assertFalse(book.of(EngagementChannel.PUSH, Map.of("ben", BERLIN)).containsKey("ben"), "no push engagement");
        }
    }

    @Test
    void aCatchUpInsideATransactionGoesOnWhileAnotherWaitsForItsTurn() throws Exception {
        api.put("/v1/customers/dora", "{\"timezone\":\"Europe/Berlin\"}").expect(201);
        List<Engagement> history = List.of(new Engagement("Email Opened", now.minus(Duration.ofDays(2)), 1));
        send("dora", history);
        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            // A new definition queues every engagement event again, so both catch-ups below have work.
            ProfileBook book = new ProfileBook(database, new SendTimeModel(Map.of("email", Map.of("Email Opened", 2.0)), HALF_LIFE));
            CompletableFuture<Void> waiting = new CompletableFuture<>();
            Thread other = new Thread(() -> {
                try {
                    book.catchUp();
                    waiting.complete(null);
                } catch (RuntimeException e) {
                    waiting.completeExceptionally(e);
                }
            });
            database.jdbi().useTransaction(handle -> {
                other.start();
                // On SQLite the other catch-up comes to wait for this transaction's write turn; on PostgreSQL it just runs.
                while (!waiting.isDone() && !waitsForItsTurn(other)) {
                    Thread.onSpinWait();
                }
                book.catchUp();
            });
            waiting.get(30, TimeUnit.SECONDS);
            assertArrayEquals(expected(List.of(new Engagement("Email Opened", history.get(0).at(), 2)), BERLIN),
                    book.of(EngagementChannel.EMAIL, Map.of("dora", BERLIN)).get("dora").at(now, HALF_LIFE), 1e-6);
            assertEquals(0, count("SELECT COUNT(*) FROM engagement_queue"));
        }
    }

    @Test
    void aCatchUpThatYieldsLeavesTheQueueForTheNextOne() {
        api.put("/v1/customers/emil", "{\"timezone\":\"Europe/Berlin\"}").expect(201);
        List<Engagement> history = List.of(new Engagement("Email Opened", now.minus(Duration.ofDays(1)), 1));
        send("emil", history);
        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            ProfileBook book = new ProfileBook(database, new SendTimeModel(Map.of("email", Map.of("Email Opened", 1.0)), HALF_LIFE));
            book.catchUp(() -> true);
            assertEquals(1, count("SELECT COUNT(*) FROM engagement_queue"), "no round while the ingest is busy");
            book.catchUp(() -> false);
            assertEquals(0, count("SELECT COUNT(*) FROM engagement_queue"));
            assertArrayEquals(expected(history, BERLIN), book.of(EngagementChannel.EMAIL, Map.of("emil", BERLIN)).get("emil")
                    .at(now, HALF_LIFE), 1e-6);
        }
    }

    private static boolean waitsForItsTurn(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(ReentrantLock.class.getName())
                && frame.getMethodName().equals("tryLock"));
    }

    private void send(String customer, List<Engagement> engagements) {
        StringBuilder events = new StringBuilder();
        for (Engagement engagement : engagements) {
            events.append(events.length() == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"").append(engagement.name())
                    .append("\",\"customerId\":\"").append(customer).append("\",\"timestamp\":\"").append(engagement.at()).append('"');
            if (engagement.message() != null) {
                events.append(",\"properties\":{\"campaignId\":\"spring\",\"messageKey\":\"").append(engagement.message()).append("\"}");
            }
            events.append('}');
        }
        api.post("/v1/events/batch", "{\"events\":[" + events + "]}").expect(200);
    }

    /** Asking for a send time applies the queued engagement first. */
    private void sendTimeOf(String customer) {
        api.get("/v1/customers/" + customer + "/send-time").expect(200);
    }

    /** Each engagement's weight, halved for every 180 days of its age, in its local hour of the week. */
    private double[] expected(List<Engagement> engagements, ZoneId zone) {
        double[] hours = new double[HourOfWeek.HOURS];
        for (Engagement engagement : engagements) {
            double age = (double) Duration.between(engagement.at(), now).toMillis() / HALF_LIFE.toMillis();
            hours[HourOfWeek.of(engagement.at(), zone).index()] += engagement.weight() * Math.pow(0.5, age);
        }
        return hours;
    }

    private Map<String, EngagementProfile> stored(ZoneId zone) {
        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            return database.jdbi().withHandle(handle -> handle.createQuery("SELECT customer_id, timezone, scale_at, hours"
                            + " FROM engagement_profiles WHERE channel = 'email'")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), EngagementProfile.decode(ZoneId.of(rs.getString(2)), rs.getLong(3),
                            rs.getBytes(4))))
                    .list().stream()
                    .filter(entry -> entry.getValue().zone().equals(zone))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }

    private long count(String sql) {
        return Long.parseLong(server.database().column(sql).get(0));
    }
}
