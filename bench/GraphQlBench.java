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
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * GraphQL metrics benchmark (see bench/graphql.sh and docs/benchmarks.md).
 *
 * <pre>
 * java -cp target/bindung.jar bench/GraphQlBench.java seed FILE.db CUSTOMERS EVENTS
 * java -cp target/bindung.jar bench/GraphQlBench.java time URL KEY RUNS
 * </pre>
 *
 * {@code seed} writes CUSTOMERS customers and EVENTS events over the 13 months before
 * 2026-11-01 straight through JDBC: orders (15%, with revenue and products), page views, email
 * sends, deliveries, opens and clicks of 5 paused campaigns that every customer entered one of
 * (10% held out), NPS answers. {@code time} runs each query of the targets once unmeasured
 * and then RUNS times, and prints the medians; then it times the first fit of the CLV models.
 */
public final class GraphQlBench {
    private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
    private static final long SPAN = Duration.ofDays(395).toMillis();
    private static final int CAMPAIGNS = 5;

    private GraphQlBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "time" -> time(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("usage: seed | time, see the class comment");
        }
    }

    static void seed(Path db, int customers, int events) throws SQLException {
        SplittableRandom random = new SplittableRandom(7);
        long start = END.toEpochMilli() - SPAN;
        Config config = Config.defaults().withDatabase("jdbc:sqlite:" + db, "", "");
        try (Database database = Database.open(config);
             Connection connection = database.jdbi().open().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement customer = connection.prepareStatement(
                    "INSERT INTO customers (id, email, first_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement campaign = connection.prepareStatement("INSERT INTO campaigns (id, name, status, definition,"
                         + " created_at, updated_at, activated_at, resumed_at) VALUES (?, ?, 'paused', ?, ?, ?, ?, ?)");
                 PreparedStatement entry = connection.prepareStatement("INSERT INTO campaign_entries (campaign_id, customer_id,"
                         + " occurrence, triggered_at, due_at, status, variant, message_key, decided_at) VALUES (?, ?, 'created', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO events (message_id, customer_id, type, name,"
                         + " ts, received_at, properties, context) VALUES (?, ?, 'track', ?, ?, ?, ?, '{}')")) {
                for (int i = 0; i < customers; i++) {
                    customer.setString(1, id(i));
                    customer.setString(2, id(i) + "@example.com");
                    customer.setString(3, "Customer " + i);
                    customer.setLong(4, start);
                    customer.setLong(5, start);
                    customer.addBatch();
                }
                customer.executeBatch();
                for (int k = 0; k < CAMPAIGNS; k++) {
                    campaign.setString(1, campaign(k));
                    campaign.setString(2, "Campaign " + k);
                    campaign.setString(3, "{\"name\":\"Campaign " + k + "\",\"type\":\"triggered\",\"trigger\":{\"customerCreated\":true},"
                            + "\"holdoutPercent\":10,\"content\":{\"channel\":\"email\",\"subject\":\"Hello\",\"text\":\"Hi\"}}");
                    for (int column = 4; column <= 7; column++) {
                        campaign.setLong(column, start);
                    }
                    campaign.addBatch();
                }
                campaign.executeBatch();
                // Every customer entered one campaign (customer number mod CAMPAIGNS); one in ten was held out.
                for (int i = 0; i < customers; i++) {
                    long decided = start + (long) (random.nextDouble() * SPAN);
                    boolean heldOut = random.nextInt(10) == 0;
                    entry.setString(1, campaign(i % CAMPAIGNS));
                    entry.setString(2, id(i));
                    entry.setLong(3, decided);
                    entry.setLong(4, decided);
                    entry.setString(5, heldOut ? "held_out" : "queued");
                    entry.setString(6, heldOut ? null : "a");
                    entry.setString(7, heldOut ? null : "m" + i);
                    entry.setLong(8, decided);
                    entry.addBatch();
                }
                entry.executeBatch();
                for (int i = 0; i < events; i++) {
                    int who = (int) Math.min(customers - 1, Math.abs(random.nextGaussian()) * customers / 2.5);
                    long ts = start + (long) (random.nextDouble() * SPAN);
                    int kind = random.nextInt(100);
                    String name = kind < 15 ? "Order Completed" : kind < 45 ? "Page Viewed" : kind < 55 ? "Email Sent"
                            : kind < 65 ? "Email Delivered" : kind < 85 ? "Email Opened" : kind < 99 ? "Email Link Clicked" : "Survey Responded";
                    String properties = switch (name) {
                        case "Order Completed" -> String.format(Locale.ROOT, "{\"revenue\":%.2f,\"products\":[{\"quantity\":%d}]}",
                                10 + random.nextDouble() * 140, 1 + random.nextInt(3));
                        case "Survey Responded" -> "{\"survey\":\"nps\",\"score\":" + random.nextInt(11) + "}";
                        case "Page Viewed" -> "{}";
                        default -> "{\"campaignId\":\"" + campaign(who % CAMPAIGNS) + "\",\"messageKey\":\"m" + who + "\"}";
                    };
                    event.setString(1, "e" + i);
                    event.setString(2, id(who));
                    event.setString(3, name);
                    event.setLong(4, ts);
                    event.setLong(5, ts);
                    event.setString(6, properties);
                    event.addBatch();
                    if (i % 50_000 == 49_999) {
                        event.executeBatch();
                        connection.commit();
                    }
                }
                event.executeBatch();
            }
            connection.commit();
            connection.createStatement().execute("ANALYZE");
            connection.commit();
        }
        System.out.println("seed.customers=" + customers);
        System.out.println("seed.events=" + events);
    }

    private static String campaign(int k) {
        return "cmp_bench_" + k;
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "c%06d", i);
    }

    static void time(String url, String key, int runs) throws Exception {
        String year = "from: \\\"2025-11-01T00:00:00Z\\\", to: \\\"2026-11-01T00:00:00Z\\\"";
        measure("dashboard", url, key, runs, "{ metrics(" + year + ") { repeatPurchaseRate nps { score responses }"
                + " retention(granularity: WEEK) { start retentionRate churnRate } }"
                + " campaigns(first: 5) { edges { node { name stats { messages { sent openRate } treatment { conversionRate } } } } } }");
        measure("cohorts", url, key, runs, "{ metrics(from: \\\"2026-05-04T00:00:00Z\\\", to: \\\"2026-07-27T00:00:00Z\\\") {"
                + " cohorts(granularity: WEEK, periods: 12) { cohorts { start customers retention } } } }");
        measure("customer", url, key, runs, "{ customer(id: \\\"c000042\\\") { id email phone firstName lastName timezone locale"
                + " attributes createdAt updatedAt consent { channel subscribed } segments { name }"
                + " metrics { lifetimeRevenue orderCount averageOrderValue firstOrderAt lastOrderAt daysSinceLastOrder }"
                + " rfm { recencyScore frequencyScore monetaryScore group } engagementScore } }");
        long started = System.nanoTime();
        String model = post(url + "/graphql", key, "{\"query\":\"{ clvModel { available unavailable customers r alpha a b p q v } }\"}");
        System.out.printf(Locale.ROOT, "fit.ms=%.0f%n", (System.nanoTime() - started) / 1e6);
        System.out.println("fit.model=" + model);
    }

    private static void measure(String name, String url, String key, int runs, String query) throws Exception {
        double[] millis = new double[runs];
        for (int run = -1; run < runs; run++) {
            long started = System.nanoTime();
            String answer = post(url + "/graphql", key, "{\"query\":\"" + query + "\"}");
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (answer.contains("\"errors\"")) {
                throw new IllegalStateException(name + " answered errors: " + answer);
            }
            if (run >= 0) {
                millis[run] = elapsed;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s.runs_ms=%s%n", name,
                Arrays.stream(millis).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms)).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "%s.median_ms=%.1f%n", name, millis[runs / 2]);
    }

    private static String post(String url, String key, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
