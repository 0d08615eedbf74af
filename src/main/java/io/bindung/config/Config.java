package io.bindung.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable server configuration. Every default lives here; {@link #fromEnvironment(Map)} reads
 * the {@code BINDUNG_*} variables and command-line flags override single fields with the withers.
 *
 * @param port               HTTP port; 0 picks a free one (tests)
 * @param databaseUrl        JDBC URL; {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}
 * @param databaseUser       PostgreSQL user, empty for SQLite
 * @param databasePassword   PostgreSQL password, empty for SQLite
 * @param adminKey           an admin API key accepted from start, for bootstrapping; may be empty
 * @param ingestQueueEvents  events that may wait for the writer before callers get 429
 * @param ingestCommitEvents most events committed to the events table in one transaction (on SQLite,
 *                           moved from the inbox; at most twice as many wait there)
 * @param accessLog          whether every request is logged
 * @param purchaseEvent      the event that is a purchase (order counts, revenue, days since last order)
 * @param revenueProperty    the purchase event's property that holds its revenue
 * @param engagementWeights  the weight of each event name in a customer's engagement score (Σ weights of their events)
 * @param delivery           how the outbox dispatcher claims, sends and retries messages
 * @param schedulerMillis    pause between campaign scheduler rounds (enrol triggered customers, decide
 *                           due entries); 0 runs no background rounds (tests drive them)
 * @param publicUrl          where recipients reach this server: the base of tracking and unsubscribe links
 * @param sendTime           which events the send-time model learns from, and their half-life
 */
public record Config(
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        Optional<String> adminKey,
        int ingestQueueEvents,
        int ingestCommitEvents,
        boolean accessLog,
        String purchaseEvent,
        String revenueProperty,
        Map<String, Double> engagementWeights,
        Delivery delivery,
        long schedulerMillis,
        String publicUrl,
        SendTimeModel sendTime) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATABASE = "jdbc:sqlite:bindung.db";
    /** The ingest queue must hold the largest batch the API takes, or that batch could never enter. */
    public static final int MIN_INGEST_QUEUE_EVENTS = 1000;

    public Config {
        Objects.requireNonNull(databaseUrl, "null databaseUrl");
        Objects.requireNonNull(adminKey, "null adminKey");
        Objects.requireNonNull(purchaseEvent, "null purchaseEvent");
        Objects.requireNonNull(revenueProperty, "null revenueProperty");
        engagementWeights = Map.copyOf(engagementWeights);
        if (engagementWeights.values().stream().anyMatch(weight -> !Double.isFinite(weight))) {
            throw new IllegalArgumentException("engagement weights must be finite numbers");
        }
        Objects.requireNonNull(delivery, "null delivery");
        Objects.requireNonNull(publicUrl, "null publicUrl");
        Objects.requireNonNull(sendTime, "null sendTime");
        if (schedulerMillis < 0) {
            throw new IllegalArgumentException("schedulerMillis must be 0 or more");
        }
        databaseUser = databaseUser == null ? "" : databaseUser;
        databasePassword = databasePassword == null ? "" : databasePassword;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (ingestQueueEvents < MIN_INGEST_QUEUE_EVENTS || ingestCommitEvents < 1) {
            throw new IllegalArgumentException("need ingestQueueEvents >= " + MIN_INGEST_QUEUE_EVENTS + " and ingestCommitEvents >= 1");
        }
    }

    /** An order 5, a click 3, an open 1. */
    public static final Map<String, Double> DEFAULT_ENGAGEMENT_WEIGHTS = Map.of("Order Completed", 5.0, "Email Link Clicked", 3.0,
            "Email Opened", 1.0);

    public static Config defaults() {
        return new Config(DEFAULT_PORT, DEFAULT_DATABASE, "", "", Optional.empty(), 50_000, 50_000, true,
                "Order Completed", "revenue", DEFAULT_ENGAGEMENT_WEIGHTS, Delivery.defaults(), 1000,
                "http://localhost:" + DEFAULT_PORT, SendTimeModel.defaults());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        Config config = defaults();
        String port = env.get("BINDUNG_PORT");
        if (port != null && !port.isBlank()) {
            config = config.withPort(parsePort(port));
        }
        String database = env.get("BINDUNG_DB");
        if (database != null && !database.isBlank()) {
            config = config.withDatabase(database, env.get("BINDUNG_DB_USER"), env.get("BINDUNG_DB_PASSWORD"));
        }
        String adminKey = env.get("BINDUNG_ADMIN_KEY");
        if (adminKey != null && !adminKey.isBlank()) {
            config = config.withAdminKey(adminKey);
        }
        config = config.withPurchases(nonBlank(env, "BINDUNG_PURCHASE_EVENT", config.purchaseEvent()),
                nonBlank(env, "BINDUNG_REVENUE_PROPERTY", config.revenueProperty()));
        config = config.withPublicUrl(nonBlank(env, "BINDUNG_PUBLIC_URL", config.publicUrl()));
        String weights = env.get("BINDUNG_ENGAGEMENT_WEIGHTS");
        if (weights != null && !weights.isBlank()) {
            config = config.withEngagementWeights(parseWeights(weights, "BINDUNG_ENGAGEMENT_WEIGHTS"));
        }
        String halfLife = env.get("BINDUNG_SEND_TIME_HALF_LIFE_DAYS");
        if (halfLife != null && !halfLife.isBlank()) {
            config = config.withSendTime(new SendTimeModel(config.sendTime().events(), Duration.ofDays(parseDays(halfLife))));
        }
        String sendTimeEvents = env.get("BINDUNG_SEND_TIME_EVENTS");
        if (sendTimeEvents != null && !sendTimeEvents.isBlank()) {
            config = config.withSendTime(SendTimeModel.parse(sendTimeEvents, config.sendTime().halfLife()));
        }
        if ("false".equalsIgnoreCase(env.get("BINDUNG_ACCESS_LOG"))) {
            config = config.withAccessLog(false);
        }
        return config;
    }

    private static String nonBlank(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** {@code Order Completed=5,Email Opened=1}: event names and their weights. */
    static Map<String, Double> parseWeights(String text, String variable) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.lastIndexOf('=');
            try {
                if (equals < 1) {
                    throw new NumberFormatException();
                }
                weights.put(pair.substring(0, equals).trim(), Double.parseDouble(pair.substring(equals + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " takes 'Event Name=weight' pairs separated by commas, got: "
                        + pair, e);
            }
        }
        return weights;
    }

    private static long parseDays(String days) {
        try {
            return Long.parseLong(days.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BINDUNG_SEND_TIME_HALF_LIFE_DAYS is not a whole number of days: " + days, e);
        }
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BINDUNG_PORT is not a number: " + port, e);
        }
    }

    public Config withPort(int newPort) {
        return new Config(newPort, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withDatabase(String url, String user, String password) {
        return new Config(port, url, user, password, adminKey, ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withAdminKey(String key) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, Optional.of(key),
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withIngestLimits(int queueEvents, int commitEvents) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                queueEvents, commitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withAccessLog(boolean enabled) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, enabled, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withPurchases(String event, String revenue) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, event, revenue, engagementWeights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withEngagementWeights(Map<String, Double> weights) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, weights, delivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withDelivery(Delivery newDelivery) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, newDelivery, schedulerMillis, publicUrl, sendTime);
    }

    public Config withPublicUrl(String url) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey, ingestQueueEvents,
                ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis, url, sendTime);
    }

    /** The same configuration without background loops (campaign scheduler, delivery), for tools and tests that drive them. */
    public Config withoutBackgroundLoops() {
        return withSchedulerMillis(0).withDelivery(new Delivery(0, delivery.batchSize(), delivery.senders(), delivery.maxAttempts(),
                delivery.triesPerAttempt(), delivery.retryBaseMillis(), delivery.leaseMillis(), delivery.breakerOpenMillis()));
    }

    public Config withSendTime(SendTimeModel model) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, schedulerMillis,
                publicUrl, model);
    }

    public Config withSchedulerMillis(long millis) {
        return new Config(port, databaseUrl, databaseUser, databasePassword, adminKey,
                ingestQueueEvents, ingestCommitEvents, accessLog, purchaseEvent, revenueProperty, engagementWeights, delivery, millis, publicUrl, sendTime);
    }

    /**
     * The outbox dispatcher's settings.
     *
     * @param intervalMillis    pause between claims while the outbox has no full batch due; 0 runs no
     *                          background loop (tests drive the dispatcher round by round)
     * @param batchSize         most messages claimed, sent and marked together
     * @param senders           threads sending one batch concurrently (each channel's bulkhead limits further)
     * @param maxAttempts       tries of a message, each with up to {@code triesPerAttempt} calls, before it is dead-lettered
     * @param triesPerAttempt   calls of one attempt (retries with exponential backoff and jitter)
     * @param retryBaseMillis   the first retry's delay; later retries and re-attempts wait exponentially longer
     * @param leaseMillis       how long a claimed message is reserved for its node; after that another node may send it
     * @param breakerOpenMillis how long an open circuit breaker refuses calls before it lets a few try again
     */
    public record Delivery(long intervalMillis, int batchSize, int senders, int maxAttempts, int triesPerAttempt,
                           long retryBaseMillis, long leaseMillis, long breakerOpenMillis) {
        public Delivery {
            if (intervalMillis < 0 || batchSize < 1 || senders < 1 || maxAttempts < 1 || triesPerAttempt < 1
                    || retryBaseMillis < 1 || leaseMillis < 1 || breakerOpenMillis < 1) {
                throw new IllegalArgumentException("every delivery setting must be positive (intervalMillis may be 0)");
            }
        }

        public static Delivery defaults() {
            return new Delivery(500, 500, 64, 5, 3, 500, 60_000, 30_000);
        }
    }
}
