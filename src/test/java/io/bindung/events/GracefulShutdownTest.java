package io.bindung.events;

import io.bindung.testing.ServerProcess;
import io.bindung.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM while batches wait for the writer: the server stops accepting connections, yet answers
 * every batch already taken with 2xx once it is committed, and only then exits.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class GracefulShutdownTest {
    private static final int BATCHES = 5;
    private static final int BATCH_SIZE = 100;

    @TempDir
    Path dir;

    @Test
    void sigtermDrainsAndCommitsEveryQueuedBatchBeforeExiting() throws Exception {
        Path database = dir.resolve("graceful.db");
        try (ServerProcess server = ServerProcess.start(database, dir.resolve("server.log"))) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            try (Connection lock = DriverManager.getConnection(TestDatabase.inboxUrl("jdbc:sqlite:" + database));
                 Statement statement = lock.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("BEGIN IMMEDIATE");
                for (int batch = 0; batch < BATCHES; batch++) {
                    HttpRequest request = server.request("/v1/events/batch").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch(batch))).build();
                    answers.add(CompletableFuture.supplyAsync(() -> send(server, request)));
                }
                awaitQueued(server, BATCHES * BATCH_SIZE);

                server.terminate();
                awaitRefusingConnections(server);
                statement.execute("ROLLBACK");
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
            }
            int exitCode = server.awaitExit(Duration.ofSeconds(30));
            assertEquals(143, exitCode, "a JVM ended by SIGTERM after its shutdown hooks exits with 128 + 15\n" + server.log());
        }
        assertEquals(BATCHES * BATCH_SIZE, storedEvents(database));
    }

    private static String batch(int batch) {
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            body.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"c")
                    .append(i % 7).append("\",\"messageId\":\"g").append(batch).append('-').append(i).append("\"}");
        }
        return body.append("]}").toString();
    }

    private static HttpResponse<String> send(ServerProcess server, HttpRequest request) {
        try {
            return server.send(request);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("a queued batch got no answer", e);
        }
    }

    /** Waits until the server reports that many events waiting for the (blocked) writer. */
    private static void awaitQueued(ServerProcess server, int events) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (true) {
            String metrics = server.send(server.request("/metrics").build()).body();
            if (metrics.contains("bindung_ingest_queue_events " + events + ".0")) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the batches never queued up:\n" + server.log());
            Thread.sleep(50);
        }
    }

    /** After SIGTERM the server takes no new connections, though it has not exited yet. */
    private static void awaitRefusingConnections(ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                server.send(server.request("/health/live").build());
            } catch (IOException refused) {
                assertTrue(server.process().isAlive(), "the server exited before its queue was committed");
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the server still accepts connections after SIGTERM");
            Thread.sleep(50);
        }
    }

    private static int storedEvents(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM events WHERE message_id LIKE 'g%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
