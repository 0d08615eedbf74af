package io.bindung.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Api;
import io.bindung.testing.Backend;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQLite inbox: events are acknowledged while the events table cannot be written, repeats are
 * recognised both while waiting in the inbox and once moved, and a read waits for the move.
 */
class InboxTest {
    @Test
    void eventsWaitingInTheInboxAreAcknowledgedDeduplicatedAndReadOnceMoved() throws Exception {
        try (TestServer server = TestServer.start(Backend.SQLITE)) {
            Api api = server.api();
            String url = server.database().url();
            try (Connection lock = DriverManager.getConnection(url); Statement statement = lock.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                assertFalse(track(api, "m1").get("duplicate").asBoolean());
                assertTrue(track(api, "m1").get("duplicate").asBoolean(), "a repeat of an id waiting in the inbox");
                JsonNode batch = api.post("/v1/events/batch", """
                        {"events":[%s,%s,%s]}""".formatted(event("m1"), event("m2"), event("m2"))).expect(200).json();
                assertEquals(1, batch.get("accepted").asInt());
                assertEquals(2, batch.get("duplicates").asInt());
                assertEquals(0, count(lock, "SELECT COUNT(*) FROM events"), "acknowledged, but not yet moved");
                statement.execute("ROLLBACK");
            }
            JsonNode timeline = api.get("/v1/customers/anna/events").expect(200).json().get("data");
            assertEquals(2, timeline.size(), "the read waited for the move");
            assertTrue(track(api, "m2").get("duplicate").asBoolean(), "a repeat of an id already moved");
            try (Connection connection = DriverManager.getConnection(url)) {
                assertEquals(2, count(connection, "SELECT COUNT(*) FROM events"));
            }
        }
    }

    private static JsonNode track(Api api, String messageId) {
        return api.post("/v1/events", event(messageId)).expect(200).json();
    }

    private static String event(String messageId) {
        return """
                {"type":"track","event":"Order Completed","customerId":"anna","messageId":"%s"}""".formatted(messageId);
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
