package io.bindung.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * A synthetic shop loaded through Bindung's own REST API, so everything a newcomer then reads
 * (metrics, experiment results, campaign stats) went through the real paths. Over the 13 months
 * before today (UTC): customers in several time zones sign up, order at their own rate with
 * seasonality (more in November and December) until they lapse, get refunds and return products,
 * receive a fortnightly newsletter and open and click it at their own hour of the week, answer NPS,
 * CSAT and CES surveys and open support tickets. Then, now: abandoned carts enrol in an active
 * cart-abandonment campaign with a 20% holdout, and some of its recipients order; a
 * checkout-button A/B test ran to a clear winner and is stopped; a 2 × 2 multivariate hero test is
 * running. The same seed on the same day gives the same history.
 */
public final class DemoShop {
    private static final int BATCH = 1000;
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York", "America/Los_Angeles",
            "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Cara", "Dan", "Eva", "Finn", "Gina", "Hugo", "Ida", "Jon",
            "Kim", "Leo", "Mia", "Noah", "Ola", "Paul");
    private static final List<String> PRODUCTS = List.of("sneakers", "boots", "socks", "jacket", "shirt", "cap", "bag", "scarf");
    /** Orders per month relative to the mean, January first: a summer dip and the year-end peak. */
    private static final double[] SEASON = {0.8, 0.8, 0.9, 1.0, 1.0, 0.9, 0.8, 0.9, 1.0, 1.1, 1.5, 1.6};

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String key;
    private final Runnable enrol;
    private final LongConsumer progress;
    private long sent;

    /** What to load: customers, roughly how many history events, and the seed. */
    public record Size(int customers, int events, long seed) {
        public static final Size DEFAULT = new Size(10_000, 300_000, 7);
    }

    /**
     * @param enrol    runs the campaign scheduler once, so the abandoned carts enrol now
     * @param progress told how many events have been sent so far
     */
    public DemoShop(String baseUrl, String key, Runnable enrol, LongConsumer progress) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.enrol = enrol;
        this.progress = progress;
    }

    /** What was loaded. */
    public record Loaded(int customers, long events, String campaignId) {
    }

    public Loaded load(Size size) {
        Random random = new Random(size.seed());
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant start = end.minus(Duration.ofDays(395));
        List<Shopper> shoppers = customers(size.customers(), random, start, end);
        String campaign = campaign();
        experiments();
        history(shoppers, size.events(), random, end);
        now(shoppers, random, campaign);
        return new Loaded(shoppers.size(), sent, campaign);
    }

    /** A customer and the habits the history follows. */
    private record Shopper(String id, ZoneId zone, Instant signedUp, double ordersPerMonth, Instant lapses, DayOfWeek openDay,
                           int openHour, double openRate) {
    }

    private List<Shopper> customers(int count, Random random, Instant start, Instant end) {
        StringBuilder ndjson = new StringBuilder();
        List<Shopper> shoppers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "c%05d".formatted(i);
            ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
            // More recent sign-ups than old ones, as a growing shop has.
            Instant signedUp = start.plusMillis((long) (Math.sqrt(random.nextDouble()) * Duration.between(start, end).toMillis()));
            double rate = -Math.log(1 - random.nextDouble()) * 0.6;
            Instant lapses = signedUp.plus(Duration.ofDays((long) (-Math.log(1 - random.nextDouble()) * 240)));
            shoppers.add(new Shopper(id, zone, signedUp, rate, lapses, DayOfWeek.of(1 + random.nextInt(7)), 6 + random.nextInt(17),
                    0.1 + 0.5 * random.nextDouble()));
            ObjectNode customer = json.createObjectNode().put("id", id).put("email", id + "@example.com")
                    .put("firstName", FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()))).put("timezone", zone.getId());
            customer.putObject("attributes").put("plan", random.nextInt(5) == 0 ? "gold" : "basic");
            customer.putObject("consent").putObject("email").put("subscribed", random.nextInt(10) > 0);
            ndjson.append(customer).append('\n');
        }
        send("POST", "/v1/customers/import", ndjson.toString(), "application/x-ndjson");
        return shoppers;
    }

    private String campaign() {
        JsonNode created = send("POST", "/v1/campaigns", """
                {"name":"Cart abandonment","type":"triggered","trigger":{"event":"Cart Abandoned"},"holdoutPercent":20,
                 "conversion":{"withinDays":3},
                 "content":{"channel":"email","subject":"You left something behind, {{default customer.firstName \\"there\\"}}",
                            "text":"Your cart is waiting: {{event.properties.cartUrl}}"}}""", "application/json");
        String id = created.get("id").asText();
        send("POST", "/v1/campaigns/" + id + "/activate", null, null);
        return id;
    }

    private void experiments() {
        send("POST", "/v1/experiments", """
                {"key":"checkout-button","name":"Checkout button colour","variants":[{"key":"grey"},{"key":"green"}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"},
                 "secondaryMetrics":[{"type":"sum","event":"Order Completed","property":"revenue"}]}""", "application/json");
        send("POST", "/v1/experiments", """
                {"key":"hero-banner","name":"Hero banner","factors":[{"key":"color","levels":["red","blue"]},{"key":"size","levels":["s","l"]}],
                 "primaryMetric":{"type":"conversion","event":"Order Completed"}}""", "application/json");
        send("POST", "/v1/experiments/checkout-button/start", null, null);
        send("POST", "/v1/experiments/hero-banner/start", null, null);
    }

    /** Orders, refunds, returns, newsletters, surveys, tickets and page views before today, about {@code budget} events. */
    private void history(List<Shopper> shoppers, int budget, Random random, Instant end) {
        Events events = new Events();
        double perShopper = (double) budget / shoppers.size();
        for (Shopper shopper : shoppers) {
            Instant until = shopper.lapses().isBefore(end) ? shopper.lapses() : end;
            int before = events.count();
            for (Instant at = next(shopper, shopper.signedUp(), random); at.isBefore(until); at = next(shopper, at, random)) {
                order(events, shopper, at, random);
            }
            newsletters(events, shopper, end, random);
            int pages = (int) Math.max(0, perShopper - (events.count() - before) + random.nextGaussian() * 3);
            for (int i = 0; i < pages; i++) {
                Instant at = between(shopper.signedUp(), end, random);
                events.add(shopper, random.nextBoolean() ? "Page Viewed" : "Product Viewed", at,
                        json.createObjectNode().put("product", PRODUCTS.get(random.nextInt(PRODUCTS.size()))));
            }
            if (events.count() >= BATCH) {
                events.flush();
            }
        }
        events.flush();
    }

    /** The next order after {@code after}: exponential gaps at the shopper's rate, thinned by the season. */
    private static Instant next(Shopper shopper, Instant after, Random random) {
        Instant at = after;
        while (true) {
            at = at.plus(Duration.ofMinutes((long) (-Math.log(1 - random.nextDouble()) / (shopper.ordersPerMonth() * 1.6 + 1e-9) * 43_200)));
            if (at.isAfter(Instant.now().plus(Duration.ofDays(3650)))) {
                return at;
            }
            double season = SEASON[at.atZone(ZoneOffset.UTC).getMonthValue() - 1];
            if (random.nextDouble() < season / 1.6) {
                return at;
            }
        }
    }

    private void order(Events events, Shopper shopper, Instant at, Random random) {
        String orderId = shopper.id() + "-" + at.toEpochMilli();
        ObjectNode properties = json.createObjectNode().put("orderId", orderId).put("currency", "EUR");
        ArrayNode products = properties.putArray("products");
        double revenue = 0;
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            double price = Math.round(Math.exp(3 + 0.6 * random.nextGaussian()) * 100) / 100.0;
            int quantity = 1 + (random.nextInt(4) == 0 ? 1 : 0);
            products.addObject().put("sku", PRODUCTS.get(random.nextInt(PRODUCTS.size()))).put("price", price).put("quantity", quantity);
            revenue += price * quantity;
        }
        properties.put("revenue", Math.round(revenue * 100) / 100.0);
        events.add(shopper, "Order Completed", at, properties);
        int fate = random.nextInt(100);
        if (fate < 4) {
            events.add(shopper, "Order Refunded", at.plus(Duration.ofDays(2)), json.createObjectNode().put("orderId", orderId));
        } else if (fate < 9) {
            events.add(shopper, "Product Returned", at.plus(Duration.ofDays(6)), json.createObjectNode().put("orderId", orderId)
                    .put("sku", products.get(0).get("sku").asText()).put("quantity", 1));
        }
        if (random.nextInt(8) == 0) {
            events.add(shopper, "Survey Responded", at.plus(Duration.ofDays(7)),
                    json.createObjectNode().put("survey", "nps").put("score", Math.min(10, Math.max(0, (int) Math.round(8 + 2.2 * random.nextGaussian())))));
        }
        if (random.nextInt(12) == 0) {
            boolean first = random.nextInt(4) > 0;
            events.add(shopper, "Ticket Resolved", at.plus(Duration.ofDays(3)), json.createObjectNode().put("firstContact", first));
            events.add(shopper, "Survey Responded", at.plus(Duration.ofDays(4)),
                    json.createObjectNode().put("survey", "csat").put("score", first ? 4 + random.nextInt(2) : 1 + random.nextInt(4)));
            events.add(shopper, "Survey Responded", at.plus(Duration.ofDays(4)),
                    json.createObjectNode().put("survey", "ces").put("score", 1 + random.nextInt(7)).put("options", 7));
        }
    }

    /** A newsletter every other Monday at 08:00 UTC, opened at the shopper's own hour of the week in their zone, clicked by a quarter of openers. */
    private void newsletters(Events events, Shopper shopper, Instant end, Random random) {
        ZonedDateTime week = shopper.signedUp().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY)).withHour(8);
        for (; week.toInstant().isBefore(end); week = week.plusWeeks(2)) {
            Instant sentAt = week.toInstant();
            String message = "newsletter-" + sentAt.toEpochMilli() / 1000 + "-" + shopper.id();
            ObjectNode properties = json.createObjectNode().put("campaignId", "newsletter").put("messageKey", message);
            events.add(shopper, "Email Delivered", sentAt, properties);
            if (random.nextDouble() < shopper.openRate()) {
                ZonedDateTime local = sentAt.atZone(shopper.zone()).with(java.time.temporal.TemporalAdjusters.nextOrSame(shopper.openDay()))
                        .withHour(shopper.openHour()).withMinute(random.nextInt(60));
                Instant opened = local.toInstant().isAfter(sentAt) ? local.toInstant() : local.plusWeeks(1).toInstant();
                events.add(shopper, "Email Opened", opened, properties);
                if (random.nextInt(4) == 0) {
                    events.add(shopper, "Email Link Clicked", opened.plus(Duration.ofMinutes(1)), properties);
                }
            }
        }
    }

    /**
     * Now: carts abandoned now (a trigger before the campaign's activation would not enrol) enrol in
     * the campaign and some recipients order; the experiments get their exposures and orders.
     */
    private void now(List<Shopper> shoppers, Random random, String campaign) {
        Events events = new Events();
        Instant now = Instant.now();
        // One customer in 20 abandons a cart, but at least about 60, so a small shop's holdout is not empty.
        int every = Math.max(1, Math.min(20, shoppers.size() / 60));
        for (int i = 0; i < shoppers.size(); i += every) {
            Shopper shopper = shoppers.get(i);
            events.add(shopper, "Cart Abandoned", now, json.createObjectNode().put("cartUrl", "https://shop.example/cart/" + shopper.id()));
        }
        events.flush();
        enrol.run();
        JsonNode entries = send("GET", "/v1/campaigns/" + campaign + "/entries?limit=1000", null, null);
        for (JsonNode entry : entries.get("data")) {
            boolean treated = entry.get("status").asText().equals("queued");
            if (random.nextDouble() < (treated ? 0.22 : 0.12)) {
                events.add(entry.get("customerId").asText(), "Order Completed", Instant.now(), orderOf(random));
            }
        }
        assign(shoppers, "checkout-button", events, random, arm -> arm.equals("green") ? 0.14 : 0.08);
        assign(shoppers, "hero-banner", events, random, arm -> 0.08 + (arm.contains("blue") ? 0.02 : 0) + (arm.contains("size=l") ? 0.01 : 0));
        events.flush();
        send("POST", "/v1/experiments/checkout-button/stop", null, null);
    }

    private void assign(List<Shopper> shoppers, String experiment, Events events, Random random,
                        java.util.function.ToDoubleFunction<String> conversionRate) {
        for (int from = 0; from < shoppers.size(); from += BATCH) {
            ObjectNode body = json.createObjectNode();
            ArrayNode ids = body.putArray("customerIds");
            shoppers.subList(from, Math.min(shoppers.size(), from + BATCH)).forEach(shopper -> ids.add(shopper.id()));
            JsonNode assignments = send("POST", "/v1/experiments/" + experiment + "/assignments", body.toString(), "application/json");
            for (JsonNode assignment : assignments.get("assignments")) {
                String arm = assignment.path("variant").asText("");
                if (!arm.isEmpty() && random.nextDouble() < conversionRate.applyAsDouble(arm)) {
                    events.add(assignment.get("customerId").asText(), "Order Completed", Instant.now(), orderOf(random));
                }
            }
        }
    }

    private ObjectNode orderOf(Random random) {
        double revenue = Math.round(Math.exp(3.4 + 0.5 * random.nextGaussian()) * 100) / 100.0;
        return json.createObjectNode().put("orderId", "o-" + Math.abs(random.nextLong())).put("revenue", revenue).put("currency", "EUR");
    }

    private static Instant between(Instant from, Instant to, Random random) {
        return from.plusMillis((long) (random.nextDouble() * Duration.between(from, to).toMillis()));
    }

    /** Events waiting to be sent in batches; their message ids derive from the event, so the same history is never stored twice. */
    private final class Events {
        private final ArrayNode pending = json.createArrayNode();

        void add(Shopper shopper, String name, Instant at, ObjectNode properties) {
            add(shopper.id(), name, at, properties);
        }

        void add(String customerId, String name, Instant at, ObjectNode properties) {
            pending.addObject().put("type", "track").put("event", name).put("customerId", customerId).put("timestamp", at.toString())
                    .put("messageId", "demo-" + customerId + "-" + name.replace(' ', '-') + "-" + at.toEpochMilli() + "-" + pending.size())
                    .set("properties", properties);
        }

        int count() {
            return pending.size();
        }

        void flush() {
            for (int from = 0; from < pending.size(); from += BATCH) {
                ArrayNode batch = json.createArrayNode();
                for (int i = from; i < Math.min(pending.size(), from + BATCH); i++) {
                    batch.add(pending.get(i));
                }
                ObjectNode body = json.createObjectNode();
                body.set("events", batch);
                send("POST", "/v1/events/batch", body.toString(), "application/json");
                sent += batch.size();
                progress.accept(sent);
            }
            pending.removeAll();
        }
    }

    private JsonNode send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + key)
                .timeout(Duration.ofMinutes(2));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isEmpty() ? json.createObjectNode() : json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
