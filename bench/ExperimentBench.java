import io.bindung.config.Config;
import io.bindung.db.Database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Experiment results benchmark (see bench/experiments.sh and docs/benchmarks.md).
 *
 * <pre>
 * java -cp target/bindung.jar bench/ExperimentBench.java create URL KEY EXPERIMENT
 * java -cp target/bindung.jar bench/ExperimentBench.java seed FILE.db EXPERIMENT EXPOSURES
 * java -cp target/bindung.jar bench/ExperimentBench.java results URL KEY EXPERIMENT RUNS NEW_CUSTOMERS
 * </pre>
 *
 * {@code create} defines and starts a 6-arm experiment with 3 metrics (a conversion, a revenue sum,
 * a page-view count). {@code seed} writes EXPOSURES customers, each with an {@code Experiment
 * Viewed} event after the start (all within one second), 10% of them an order and 30% a page view
 * within the window,
 * straight through JDBC. {@code results} times {@code GET .../results} once cold (a full
 * computation) and then RUNS times, each after NEW_CUSTOMERS more customers were exposed (with
 * orders and page views) through the events API, as live traffic would between two looks.
 */
public final class ExperimentBench {
    private static final String[] ARMS = {"a", "b", "c", "d", "e", "f"};

    private ExperimentBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "create" -> create(args[1], args[2], args[3]);
            case "seed" -> seed(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            case "results" -> results(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("usage: create | seed | results, see the class comment");
        }
    }

    static void create(String url, String key, String experiment) throws Exception {
        String variants = Arrays.stream(ARMS).map(arm -> "{\"key\":\"" + arm + "\"}").collect(Collectors.joining(","));
        send(url + "/v1/experiments", key, "POST", "{\"key\":\"" + experiment + "\",\"name\":\"Six arms\",\"variants\":[" + variants + "],"
                + "\"primaryMetric\":{\"type\":\"conversion\",\"event\":\"Order Completed\"},"
                + "\"secondaryMetrics\":[{\"type\":\"sum\",\"event\":\"Order Completed\",\"property\":\"revenue\"},"
                + "{\"type\":\"count\",\"event\":\"Page Viewed\"}]}");
        send(url + "/v1/experiments/" + experiment + "/start", key, "POST", "");
    }

    static void seed(Path db, String experiment, int exposures) throws SQLException {
        SplittableRandom random = new SplittableRandom(11);
        long start = System.currentTimeMillis();
        Config config = Config.defaults().withDatabase("jdbc:sqlite:" + db, "", "");
        try (Database database = Database.open(config);
             Connection connection = database.jdbi().open().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement customers = connection.prepareStatement(
                    "INSERT INTO customers (id, created_at, updated_at) VALUES (?, ?, ?)");
                 PreparedStatement events = connection.prepareStatement("INSERT INTO events (message_id, customer_id, type, name,"
                         + " ts, received_at, properties, context) VALUES (?, ?, 'track', ?, ?, ?, ?, '{}')")) {
                for (int i = 0; i < exposures; i++) {
                    String customer = String.format(Locale.ROOT, "x%07d", i);
                    long ts = start + i % 1_000;
                    customers.setString(1, customer);
                    customers.setLong(2, ts);
                    customers.setLong(3, ts);
                    customers.addBatch();
                    event(events, "v" + i, customer, "Experiment Viewed", ts,
                            "{\"experimentId\":\"" + experiment + "\",\"variationId\":\"" + ARMS[random.nextInt(ARMS.length)] + "\"}");
                    if (random.nextInt(10) == 0) {
                        event(events, "o" + i, customer, "Order Completed", ts + 500,
                                String.format(Locale.ROOT, "{\"revenue\":%.2f}", 10 + random.nextDouble() * 90));
                    }
                    if (random.nextInt(10) < 3) {
                        event(events, "p" + i, customer, "Page Viewed", ts + 200, "{}");
                    }
                    if (i % 50_000 == 49_999) {
                        customers.executeBatch();
                        events.executeBatch();
                        connection.commit();
                    }
                }
                customers.executeBatch();
                events.executeBatch();
            }
            connection.commit();
            connection.createStatement().execute("ANALYZE");
            connection.commit();
        }
        System.out.println("seed.exposures=" + exposures);
    }

    private static void event(PreparedStatement insert, String id, String customer, String name, long ts, String properties)
            throws SQLException {
        insert.setString(1, id);
        insert.setString(2, customer);
        insert.setString(3, name);
        insert.setLong(4, ts);
        insert.setLong(5, ts);
        insert.setString(6, properties);
        insert.addBatch();
    }

    static void results(String url, String key, String experiment, int runs, int newCustomers) throws Exception {
        double[] millis = new double[runs];
        String body = "";
        SplittableRandom random = new SplittableRandom(13);
        for (int run = -1; run < runs; run++) {
            if (run >= 0) {
                ingest(url, key, experiment, run, newCustomers, random);
            }
            long started = System.nanoTime();
            body = send(url + "/v1/experiments/" + experiment + "/results", key, "GET", null);
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (run < 0) {
                System.out.printf(Locale.ROOT, "results.first_ms=%.1f%n", elapsed);
            } else {
                millis[run] = elapsed;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "results.runs_ms=%s%n",
                Arrays.stream(millis).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms)).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "results.median_ms=%.0f%n", millis[runs / 2]);
        System.out.println("results.verdict=" + body.replaceAll("(?s).*\"verdict\":\"([^\"]*)\".*", "$1"));
    }

    /**
     * Before a timed run, as live traffic would: {@code newCustomers} more customers exposed now
     * through the events API, 10% of them with an order and 30% with a page view.
     */
    private static void ingest(String url, String key, String experiment, int run, int newCustomers, SplittableRandom random)
            throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < newCustomers; i++) {
            String customer = "\"customerId\":\"n" + run + "-" + i + "\"";
            events.add("{\"type\":\"track\",\"event\":\"Experiment Viewed\"," + customer + ",\"properties\":{\"experimentId\":\""
                    + experiment + "\",\"variationId\":\"" + ARMS[random.nextInt(ARMS.length)] + "\"}}");
            if (random.nextInt(10) == 0) {
                events.add(String.format(Locale.ROOT, "{\"type\":\"track\",\"event\":\"Order Completed\",%s,"
                        + "\"properties\":{\"revenue\":%.2f}}", customer, 10 + random.nextDouble() * 90));
            }
            if (random.nextInt(10) < 3) {
                events.add("{\"type\":\"track\",\"event\":\"Page Viewed\"," + customer + "}");
            }
        }
        for (int from = 0; from < events.size(); from += 500) {
            List<String> batch = events.subList(from, Math.min(events.size(), from + 500));
            send(url + "/v1/events/batch", key, "POST", "{\"events\":[" + String.join(",", batch) + "]}");
        }
    }

    private static String send(String url, String key, String method, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + key);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
