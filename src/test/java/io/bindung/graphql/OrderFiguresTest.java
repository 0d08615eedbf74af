package io.bindung.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bindung.db.Database;
import io.bindung.segments.OrderBook;
import io.bindung.segments.Purchases;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order figures (retention, cohorts, range figures, RFM) come from the orders table kept by
 * triggers; here they are checked against the definitions of schema.graphqls computed directly in
 * the test from the orders sent, for orders that arrive out of order, with equal timestamps, from an
 * anonymous visitor identified later, and with a customer deleted, over ranges that do not start on a
 * period boundary and with inactivity shorter than a month.
 */
class OrderFiguresTest extends EndToEndTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private record Order(String customer, Instant at, int revenue) {
    }

    @Test
    void figuresFollowTheirDefinitionsWhateverTheOrderOfArrival() {
        Random random = new Random(11);
        List<Order> orders = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            String customer = "c%02d".formatted(c);
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                Instant at = i > 0 && random.nextInt(8) == 0 ? orders.get(orders.size() - 1).at()
                        : START.plus(random.nextInt(300 * 24 * 60), ChronoUnit.MINUTES);
                orders.add(new Order(customer, at, 1 + random.nextInt(200)));
            }
        }
        List<Order> shuffled = new ArrayList<>(orders);
        Collections.shuffle(shuffled, random);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            Order order = shuffled.get(i);
            boolean anonymous = order.customer().compareTo("c30") >= 0 && order.customer().compareTo("c35") < 0;
            events.add("{\"type\":\"track\",\"event\":\"Order Completed\",\"messageId\":\"o" + i + "\","
                    + (anonymous ? "\"anonymousId\":\"anon-" : "\"customerId\":\"") + order.customer() + "\",\"timestamp\":\""
                    + order.at() + "\",\"properties\":{\"revenue\":" + order.revenue() + "}}");
        }
        for (int i = 0; i < events.size(); i += 25) {
            api.post("/v1/events/batch", "{\"events\":[" + String.join(",", events.subList(i, Math.min(events.size(), i + 25))) + "]}")
                    .expect(200);
        }
        for (int c = 30; c < 35; c++) {
            api.post("/v1/events/batch", "{\"events\":[{\"type\":\"identify\",\"customerId\":\"c%d\",\"anonymousId\":\"anon-c%d\"}]}"
                    .formatted(c, c)).expect(200);
        }
        api.put("/v1/customers/c05", "{}").send();
        api.delete("/v1/customers/c05").expect(204);
        orders.removeIf(order -> order.customer().equals("c05"));

        checkRetention(orders, "2026-02-10T12:34:00Z", "2026-10-03T00:00:00Z", "WEEK", 30);
        checkRetention(orders, "2026-01-01T00:00:00Z", "2026-11-01T00:00:00Z", "MONTH", 90);
        checkRetention(orders, "2026-03-03T00:00:00Z", "2026-09-09T07:00:00Z", "MONTH", 10);
        checkRetention(orders, "2026-04-01T00:00:00Z", "2026-05-20T00:00:00Z", "DAY", 3);
        checkRetention(orders, "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", "WEEK", 7);
        checkCohorts(orders, "2026-01-01T00:00:00Z", "2026-08-01T00:00:00Z", "MONTH", 6);
        checkCohorts(orders, "2026-02-10T12:34:00Z", "2026-06-01T00:00:00Z", "WEEK", 10);
        checkRange(orders, "2026-02-10T12:34:00Z", "2026-08-03T00:00:00Z");
        checkRange(orders, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
        checkRfm(orders);

        orders.add(new Order("c01", Instant.now().minusSeconds(60), 5000));
        api.post("/v1/events/batch", "{\"events\":[{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"c01\",\"timestamp\":\""
                + orders.get(orders.size() - 1).at() + "\",\"properties\":{\"revenue\":5000}}]}").expect(200);
        checkRfm(orders);
    }

    @Test
    void aNewPurchaseDefinitionRebuildsTheOrdersFromTheEvents() {
        api.post("/v1/events/batch", """
                {"events":[
                 {"type":"track","event":"Order Completed","customerId":"anna","timestamp":"2026-10-01T09:00:00Z","properties":{"revenue":100}},
                 {"type":"track","event":"Purchase","customerId":"anna","timestamp":"2026-10-02T09:00:00Z","properties":{"total":{"gross":30}}},
                 {"type":"track","event":"Purchase","customerId":"ben","timestamp":"2026-10-03T09:00:00Z","properties":{"total":{"gross":12}}}]}""")
                .expect(200);
        String query = "{ metrics(from: \"2026-10-01T00:00:00Z\", to: \"2026-11-01T00:00:00Z\") { orders customersWithOrders revenue } }";
        assertEquals(List.of(1, 1, 100), figures(metrics(query)));

        try (Database database = Database.open(server.database().config(TestServer.ADMIN_KEY))) {
            OrderBook.install(database, new Purchases("Purchase", "total.gross"));
        }
        assertEquals(List.of(2, 2, 42), figures(metrics(query)));
        api.post("/v1/events/batch", "{\"events\":[{\"type\":\"track\",\"event\":\"Purchase\",\"customerId\":\"anna\","
                + "\"timestamp\":\"2026-10-04T09:00:00Z\",\"properties\":{\"total\":{\"gross\":8}}}]}").expect(200);
        assertEquals(List.of(3, 2, 50), figures(metrics(query)), "the triggers follow the new definition too");
    }

    private static List<Integer> figures(JsonNode range) {
        return List.of(range.get("orders").asInt(), range.get("customersWithOrders").asInt(), range.get("revenue").asInt());
    }

    /** The retention points against: a customer exists at t with an order in [t − d, t); new = first order ever in the period. */
    private void checkRetention(List<Order> orders, String from, String to, String granularity, int days) {
        JsonNode series = metrics("{ metrics(from: \"" + from + "\", to: \"" + to + "\") { retention(granularity: " + granularity
                + ", inactivityDays: " + days + ") { start end customersAtStart customersAtEnd newCustomers lostCustomers } } }")
                .get("retention");
        List<Instant> bounds = bounds(Instant.parse(from), Instant.parse(to), granularity);
        Map<String, List<Instant>> byCustomer = byCustomer(orders);
        Duration inactivity = Duration.ofDays(days);
        assertEquals(bounds.size() - 1, series.size(), granularity + " periods from " + from);
        for (int k = 0; k + 1 < bounds.size(); k++) {
            Instant start = bounds.get(k);
            Instant end = bounds.get(k + 1);
            long atStart = 0;
            long atEnd = 0;
            long fresh = 0;
            long lost = 0;
            for (List<Instant> times : byCustomer.values()) {
                boolean before = exists(times, start, inactivity);
                boolean after = exists(times, end, inactivity);
                atStart += before ? 1 : 0;
                atEnd += after ? 1 : 0;
                lost += before && !after ? 1 : 0;
                Instant first = times.get(0);
                fresh += !first.isBefore(start) && first.isBefore(end) ? 1 : 0;
            }
            JsonNode point = series.get(k);
            String where = granularity + "/" + days + " period " + k + " " + start;
            assertEquals(start.toString(), point.get("start").asText(), where);
            assertEquals(end.toString(), point.get("end").asText(), where);
            assertEquals(List.of(atStart, atEnd, fresh, lost), List.of(point.get("customersAtStart").asLong(),
                    point.get("customersAtEnd").asLong(), point.get("newCustomers").asLong(), point.get("lostCustomers").asLong()), where);
        }
    }

    private static boolean exists(List<Instant> times, Instant t, Duration inactivity) {
        return times.stream().anyMatch(at -> !at.isBefore(t.minus(inactivity)) && at.isBefore(t));
    }

    /** Cohorts by the period of the first order; cell k = share ordering in the k-th period after, null until it has ended. */
    private void checkCohorts(List<Order> orders, String from, String to, String granularity, int periods) {
        JsonNode cohorts = metrics("{ metrics(from: \"" + from + "\", to: \"" + to + "\") { cohorts(granularity: " + granularity
                + ", periods: " + periods + ") { cohorts { start customers retention } } } }").at("/cohorts/cohorts");
        Instant end = Instant.parse(to);
        Map<Instant, List<List<Instant>>> expected = new TreeMap<>();
        byCustomer(orders).values().stream()
                .filter(times -> !times.get(0).isBefore(Instant.parse(from)) && times.get(0).isBefore(end))
                .forEach(times -> expected.computeIfAbsent(floor(times.get(0), granularity), key -> new ArrayList<>()).add(times));
        assertEquals(expected.size(), cohorts.size(), granularity + " cohorts");
        int row = 0;
        for (Map.Entry<Instant, List<List<Instant>>> cohort : expected.entrySet()) {
            JsonNode actual = cohorts.get(row++);
            assertEquals(cohort.getKey().toString(), actual.get("start").asText());
            assertEquals(cohort.getValue().size(), actual.get("customers").asInt());
            Instant periodStart = cohort.getKey();
            for (int k = 0; k < periods; k++) {
                Instant periodEnd = next(periodStart, granularity);
                JsonNode cell = actual.at("/retention/" + k);
                if (periodEnd.isAfter(end)) {
                    assertTrue(cell.isNull(), cohort.getKey() + " cell " + k + " has not ended");
                } else {
                    Instant low = periodStart;
                    long ordering = cohort.getValue().stream()
                            .filter(times -> times.stream().anyMatch(at -> !at.isBefore(low) && at.isBefore(periodEnd))).count();
                    assertEquals((double) ordering / cohort.getValue().size(), cell.asDouble(), 1e-12, cohort.getKey() + " cell " + k);
                }
                periodStart = periodEnd;
            }
        }
    }

    /** Orders, customers, revenue, repeat purchase rate and days between consecutive orders inside the range. */
    private void checkRange(List<Order> orders, String from, String to) {
        JsonNode range = metrics("{ metrics(from: \"" + from + "\", to: \"" + to + "\") { orders customersWithOrders revenue"
                + " repeatPurchaseRate averageDaysBetweenPurchases } }");
        Instant low = Instant.parse(from);
        Instant high = Instant.parse(to);
        List<Order> inside = orders.stream().filter(order -> !order.at().isBefore(low) && order.at().isBefore(high)).toList();
        Map<String, List<Instant>> byCustomer = byCustomer(inside);
        long repeaters = byCustomer.values().stream().filter(times -> times.size() > 1).count();
        List<Long> gaps = new ArrayList<>();
        byCustomer.values().forEach(times -> {
            for (int i = 1; i < times.size(); i++) {
                gaps.add(Duration.between(times.get(i - 1), times.get(i)).toMillis());
            }
        });
        assertEquals(inside.size(), range.get("orders").asInt());
        assertEquals(byCustomer.size(), range.get("customersWithOrders").asInt());
        assertEquals(inside.stream().mapToInt(Order::revenue).sum(), range.get("revenue").asDouble(), 1e-9);
        assertEquals(100.0 * repeaters / byCustomer.size(), range.get("repeatPurchaseRate").asDouble(), 1e-9);
        assertEquals(gaps.stream().mapToLong(Long::longValue).average().orElseThrow() / 86_400_000.0,
                range.get("averageDaysBetweenPurchases").asDouble(), 1e-9);
    }

    /** Each customer's RFM scores as ⌈5 × cume_dist⌉ among all customers with orders (recency: a later last order ranks higher). */
    private void checkRfm(List<Order> orders) {
        Map<String, List<Order>> byCustomer = orders.stream().collect(Collectors.groupingBy(Order::customer));
        List<String> ids = List.copyOf(byCustomer.keySet());
        StringBuilder query = new StringBuilder("{");
        ids.forEach(id -> query.append(' ').append(id).append(": customer(id: \"").append(id)
                .append("\") { rfm { recencyScore frequencyScore monetaryScore orders revenue } }"));
        JsonNode answer = api.post("/graphql", "{\"query\":" + TextNode.valueOf(query + " }") + "}").expect(200).json().get("data");
        for (String id : ids) {
            List<Order> mine = byCustomer.get(id);
            Instant last = mine.stream().map(Order::at).max(Comparator.naturalOrder()).orElseThrow();
            int revenue = mine.stream().mapToInt(Order::revenue).sum();
            long recent = byCustomer.values().stream().filter(theirs -> !theirs.stream().map(Order::at)
                    .max(Comparator.naturalOrder()).orElseThrow().isAfter(last)).count();
            long frequent = byCustomer.values().stream().filter(theirs -> theirs.size() <= mine.size()).count();
            long spending = byCustomer.values().stream().filter(theirs -> theirs.stream().mapToInt(Order::revenue).sum() <= revenue).count();
            JsonNode rfm = answer.at("/" + id + "/rfm");
            assertEquals(List.of(quintile(recent, ids.size()), quintile(frequent, ids.size()), quintile(spending, ids.size()), mine.size()),
                    List.of(rfm.get("recencyScore").asInt(), rfm.get("frequencyScore").asInt(), rfm.get("monetaryScore").asInt(),
                            rfm.get("orders").asInt()), id);
            assertEquals(revenue, rfm.get("revenue").asDouble(), 1e-9, id);
        }
    }

    private static int quintile(long atMost, int of) {
        return (int) Math.ceil(5.0 * atMost / of - 1e-9);
    }

    private static Map<String, List<Instant>> byCustomer(List<Order> orders) {
        Map<String, List<Instant>> byCustomer = new TreeMap<>();
        orders.forEach(order -> byCustomer.computeIfAbsent(order.customer(), key -> new ArrayList<>()).add(order.at()));
        byCustomer.values().forEach(Collections::sort);
        return byCustomer;
    }

    private static List<Instant> bounds(Instant from, Instant to, String granularity) {
        List<Instant> bounds = new ArrayList<>(List.of(from));
        for (Instant start = next(floor(from, granularity), granularity); start.isBefore(to); start = next(start, granularity)) {
            bounds.add(start);
        }
        bounds.add(to);
        return bounds;
    }

    private static Instant floor(Instant instant, String granularity) {
        LocalDate date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        UnaryOperator<LocalDate> floor = switch (granularity) {
            case "DAY" -> day -> day;
            case "WEEK" -> day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> day -> day.withDayOfMonth(1);
        };
        return floor.apply(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant next(Instant start, String granularity) {
        LocalDate date = start.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate next = switch (granularity) {
            case "DAY" -> date.plusDays(1);
            case "WEEK" -> date.plusWeeks(1);
            default -> date.plusMonths(1);
        };
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private JsonNode metrics(String query) {
        JsonNode answer = api.post("/graphql", "{\"query\":" + TextNode.valueOf(query) + "}").expect(200).json();
        assertTrue(!answer.has("errors"), answer.toString());
        return answer.at("/data/metrics");
    }
}
