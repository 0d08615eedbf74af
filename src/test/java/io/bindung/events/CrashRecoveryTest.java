package io.bindung.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import io.bindung.testing.ServerProcess;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "Nothing acknowledged is lost and no batch is partly present" after {@code kill -9}: streams
 * batches at a real server running as a separate OS process, SIGKILLs it mid-stream, restarts it
 * on the same SQLite file and checks, through the timeline API and then read-only in the file,
 * that every acknowledged batch is complete and every other batch is complete or absent.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {
        private static final int CLIENTS = 8;
    private static final int BATCH_SIZE = 200;
    private static final int CUSTOMERS = 8;
    private static final int MIN_ACKED_BATCHES = 10;
    private static final Duration STREAM_BEFORE_KILL = Duration.ofMillis(1500);
    private static final Duration STREAM_AT_MOST = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a client learned about one batch. */
    private enum Outcome {
        /** Answered 2xx: the server promised the batch is committed. */
        ACKED,
        /** Answered 429 or 503: the server said nothing was kept. */
        REFUSED,
        /** No answer (connection broken by the kill) or an unexpected status: may be stored or not. */
        UNKNOWN
    }

    @TempDir
    Path dir;

    private final List<ServerProcess> servers = new ArrayList<>();

    @AfterEach
    void killStrayServers() throws InterruptedException {
        for (ServerProcess server : servers) {
            server.close();
        }
    }

    private ServerProcess startServer(Path database, Path log) throws IOException, InterruptedException {
        ServerProcess server = ServerProcess.start(database, log);
        servers.add(server);
        return server;
    }

    @Test
    void acknowledgedBatchesSurviveKillMinus9AndNoBatchIsPartlyStored() throws Exception {
        Path database = dir.resolve("crash.db");
        long t0 = System.nanoTime();

        // 1. A real server process, streamed at by several clients, killed with SIGKILL mid-stream.
        ServerProcess first = startServer(database, dir.resolve("server-1.log"));
        long firstReady = System.nanoTime();
        Load load = new Load(first, System.nanoTime() + STREAM_AT_MOST.toNanos());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(load::stream, "crash-client-" + c);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }

        // Stream for a while; then the next client to get an answer kills the server at once, which is
        // when the writer is most likely mid-transaction on the batches still waiting.
        long started = System.nanoTime();
        while (System.nanoTime() < load.deadline
                && (System.nanoTime() - started < STREAM_BEFORE_KILL.toNanos() || load.acked.get() < MIN_ACKED_BATCHES)) {
            Thread.sleep(20);
        }
        load.armed.set(true);
        for (int waited = 0; waited < 250 && !load.killed.get(); waited++) {
            Thread.sleep(20);
        }
        load.kill();
        assertTrue(first.process().waitFor(10, TimeUnit.SECONDS), "the server process did not die after SIGKILL");
        int exitCode = first.process().exitValue();
        for (Thread client : clients) {
            client.join(REQUEST_TIMEOUT.toMillis() + 5_000);
            assertFalse(client.isAlive(), client.getName() + " did not stop after the kill");
        }

        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            assertEquals(137, exitCode, "SIGKILL should end the server with 128 + 9\n" + logs());
        } else {
            assertNotEquals(0, exitCode, "the server should not have exited cleanly\n" + logs());
        }
        assertTrue(load.anomalies.isEmpty(), "unexpected answers before the kill: " + load.anomalies + "\n" + logs());

        Map<Integer, Outcome> sent = new TreeMap<>(load.outcomes);
        long ackedBatches = count(sent, Outcome.ACKED);
        assertTrue(ackedBatches >= MIN_ACKED_BATCHES,
                "only " + ackedBatches + " batches were acknowledged before the kill; the test would prove little\n" + logs());

        // 2. Restart on the same file; read every customer's whole timeline through the API.
        long killedAt = System.nanoTime();
        ServerProcess second = startServer(database, dir.resolve("server-2.log"));
        long secondReady = System.nanoTime();
        Map<Integer, Integer> storedByApi = storedPerBatchThroughApi(second);
        long readBack = System.nanoTime();

        // 3. Every acknowledged batch is whole; every other batch is whole or absent.
        List<String> problems = new ArrayList<>();
        int unknownPresent = 0;
        int unknownAbsent = 0;
        for (Map.Entry<Integer, Outcome> entry : sent.entrySet()) {
            int batch = entry.getKey();
            int stored = storedByApi.getOrDefault(batch, 0);
            switch (entry.getValue()) {
                case ACKED -> {
                    if (stored != BATCH_SIZE) {
                        problems.add("acknowledged batch b" + batch + " has " + stored + " of " + BATCH_SIZE + " events");
                    }
                }
                case REFUSED -> {
                    if (stored != 0) {
                        problems.add("refused batch b" + batch + " has " + stored + " events stored");
                    }
                }
                case UNKNOWN -> {
                    if (stored == BATCH_SIZE) {
                        unknownPresent++;
                    } else if (stored == 0) {
                        unknownAbsent++;
                    } else {
                        problems.add("in-flight batch b" + batch + " is partly stored: " + stored + " of " + BATCH_SIZE);
                    }
                }
            }
        }
        for (int batch : storedByApi.keySet()) {
            if (!sent.containsKey(batch)) {
                problems.add("batch b" + batch + " was never sent but has " + storedByApi.get(batch) + " events");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s): " + head(problems) + "\n" + logs());

        // 4. Cross-check in the file itself, read-only (WAL lets it read beside the idle server): the
        //    timelines showed everything the database holds, and the file is not damaged.
        Map<Integer, Integer> storedInFile = storedPerBatchInFile(database);
        assertEquals(storedByApi, storedInFile, "the timelines and the database file disagree on what is stored");

        System.out.printf("CrashRecoveryTest: %d batches sent, %d acknowledged, %d refused, %d in flight at the kill"
                        + " (%d stored whole, %d absent); %d events stored; exit code %d;"
                        + " ms: start %d, stream %d, restart %d, read back %d, file check %d%n",
                sent.size(), ackedBatches, count(sent, Outcome.REFUSED), count(sent, Outcome.UNKNOWN),
                unknownPresent, unknownAbsent, storedByApi.values().stream().mapToInt(Integer::intValue).sum(), exitCode,
                millis(t0, firstReady), millis(firstReady, killedAt), millis(killedAt, secondReady),
                millis(secondReady, readBack), millis(readBack, System.nanoTime()));
    }

    // ---------------------------------------------------------------- streaming

    /** Clients streaming batches at one server and what they learned about each batch. */
    private final class Load {
        final ServerProcess server;
        final long deadline;
        final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
        final Queue<String> anomalies = new ConcurrentLinkedQueue<>();
        final AtomicInteger nextBatch = new AtomicInteger();
        final AtomicInteger acked = new AtomicInteger();
        final AtomicBoolean armed = new AtomicBoolean();
        final AtomicBoolean killed = new AtomicBoolean();

        Load(ServerProcess server, long deadline) {
            this.server = server;
            this.deadline = deadline;
        }

        /** SIGKILL, once; {@code killed} is set first so clients treat the errors that follow as expected. */
        void kill() {
            if (killed.compareAndSet(false, true)) {
                server.kill();
            }
        }

        /** One client: sends batches until the server is killed or the deadline passes. */
        void stream() {
            while (!killed.get() && System.nanoTime() < deadline) {
                int batch = nextBatch.getAndIncrement();
                HttpRequest request = server.request("/v1/events/batch")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(batchBody(batch)))
                        .build();
                outcomes.put(batch, Outcome.UNKNOWN);
                HttpResponse<String> response;
                try {
                    response = server.send(request);
                } catch (IOException e) {
                    if (!killed.get()) {
                        anomalies.add("b" + batch + ": " + e);
                    }
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                int status = response.statusCode();
                if (status / 100 == 2) {
                    outcomes.put(batch, Outcome.ACKED);
                    acked.incrementAndGet();
                    if (armed.get()) {
                        kill();
                    }
                    JsonNode answer = json(response.body());
                    if (answer.path("accepted").asInt(-1) != BATCH_SIZE || answer.path("duplicates").asInt(-1) != 0) {
                        anomalies.add("b" + batch + " answered " + response.body());
                    }
                } else if (status == 429 || status == 503) {
                    outcomes.put(batch, Outcome.REFUSED);
                } else if (!killed.get()) {
                    anomalies.add("b" + batch + " answered " + status + ": " + response.body());
                }
            }
        }
    }

    /** Batch {@code b}: events "b{b}-e{i}", spread over a few customers that every batch shares. */
    private static String batchBody(int batch) {
        StringBuilder body = new StringBuilder(BATCH_SIZE * 200).append("{\"events\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append("{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"")
                    .append(customerOf(batch, i))
                    .append("\",\"messageId\":\"").append(messageId(batch, i))
                    .append("\",\"properties\":{\"orderId\":\"o-").append(batch).append('-').append(i)
                    .append("\",\"revenue\":").append(10 + i % 90).append(".5,\"currency\":\"EUR\"}}");
        }
        return body.append("]}").toString();
    }

    private static String customerOf(int batch, int event) {
        return "crash-c" + ((batch + event) % CUSTOMERS);
    }

    private static String messageId(int batch, int event) {
        return "b" + batch + "-e" + event;
    }

    // ---------------------------------------------------------------- verification

    /** Pages through every customer's timeline; answers stored events per batch, failing on a misplaced or repeated one. */
    private Map<Integer, Integer> storedPerBatchThroughApi(ServerProcess server) throws IOException, InterruptedException {
        Map<Integer, Integer> perBatch = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            String customer = "crash-c" + c;
            String cursor = null;
            for (int page = 0; ; page++) {
                assertTrue(page < 10_000, "the timeline of " + customer + " does not end");
                String path = "/v1/customers/" + customer + "/events?limit=1000"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                HttpResponse<String> response = server.send(server.request(path).GET().build());
                if (response.statusCode() == 404 && page == 0) {
                    break; // no event of this customer was ever committed
                }
                assertEquals(200, response.statusCode(), "GET " + path + " answered " + response.body());
                JsonNode answer = json(response.body());
                for (JsonNode event : answer.get("data")) {
                    String messageId = event.get("messageId").asText();
                    assertTrue(seen.add(messageId), messageId + " appears twice in the timelines");
                    int[] parsed = parseMessageId(messageId);
                    assertEquals(customerOf(parsed[0], parsed[1]), event.get("customerId").asText(),
                            messageId + " is in the wrong timeline");
                    perBatch.merge(parsed[0], 1, Integer::sum);
                }
                JsonNode next = answer.get("nextCursor");
                if (next == null || next.isNull()) {
                    break;
                }
                cursor = next.asText();
            }
        }
        return perBatch;
    }

    /** Stored events per batch, counted read-only in the SQLite file. */
    private static Map<Integer, Integer> storedPerBatchInFile(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Map<Integer, Integer> perBatch = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                assertTrue(rs.next());
                assertEquals("ok", rs.getString(1), "the database file is damaged");
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT substr(message_id, 2, instr(message_id, '-') - 2) AS batch, count(*) AS stored"
                            + " FROM events WHERE message_id LIKE 'b%-e%' GROUP BY batch")) {
                while (rs.next()) {
                    perBatch.put(Integer.parseInt(rs.getString("batch")), rs.getInt("stored"));
                }
            }
        }
        return perBatch;
    }

    private static int[] parseMessageId(String messageId) {
        int dash = messageId.indexOf("-e");
        if (!messageId.startsWith("b") || dash < 2) {
            fail("a stored event has a message id this test never sent: " + messageId);
        }
        return new int[] {Integer.parseInt(messageId.substring(1, dash)), Integer.parseInt(messageId.substring(dash + 2))};
    }

    // ---------------------------------------------------------------- small helpers

    private String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server-")).sorted().toList()) {
                String content = read(file);
                text.append("--- ").append(file.getFileName()).append(" (last 4000 chars) ---\n")
                        .append(content.substring(Math.max(0, content.length() - 4000))).append('\n');
            }
        } catch (IOException e) {
            text.append("(logs unreadable: ").append(e).append(")");
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static long count(Map<Integer, Outcome> outcomes, Outcome outcome) {
        return outcomes.values().stream().filter(outcome::equals).count();
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    private static String head(List<String> problems) {
        return String.join("; ", problems.subList(0, Math.min(20, problems.size())));
    }
}
