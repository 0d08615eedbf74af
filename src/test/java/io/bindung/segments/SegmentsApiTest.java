package io.bindung.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentsApiTest extends EndToEndTest {
    private final Instant now = Instant.now();
    private final List<String> events = new ArrayList<>();

    /**
     * anna: gold, Berlin, tags [vip, early], email yes, 3 orders (120, 30, 60) of which 2 in 30 days, last 2 days ago
     * ben: silver, 1 order of 20, 90 days ago; abandoned a cart yesterday; sms yes, email no
     * cleo: no plan, no orders, born 1990-05-01, signed up long ago (attribute signupDate)
     */
    private void seed() {
        api.put("/v1/customers/anna", """
                {"email":"anna@example.com","timezone":"Europe/Berlin","attributes":{"plan":"gold","visits":12,
                 "vip":true,"tags":["vip","early"],"address":{"city":"Berlin"}},"consent":{"email":{"subscribed":true}}}""").expect(201);
        api.put("/v1/customers/ben", """
                {"email":"ben@shop.test","attributes":{"plan":"silver","visits":3,"vip":false,"tags":["early"]},
                 "consent":{"email":{"subscribed":false},"sms":{"subscribed":true}}}""").expect(201);
        api.put("/v1/customers/cleo", """
                {"phone":"+4915112345678","attributes":{"visits":"many","birthday":"1990-05-01",
                 "signupDate":"2020-01-15T09:30:00+01:00"}}""").expect(201);
        order("anna", 1, 120);
        order("anna", 10, 30);
        order("anna", 45, 60);
        order("ben", 90, 20);
        event("ben", "Cart Abandoned", 1, "{\"value\":80}");
        event("cleo", "Product Viewed", 3, "{}");
        api.post("/v1/events/batch", "{\"events\":[" + String.join(",", events) + "]}").expect(200);
    }

    private void order(String customer, int daysAgo, double revenue) {
        event(customer, "Order Completed", daysAgo, "{\"revenue\":" + revenue + ",\"currency\":\"EUR\"}");
    }

    private void event(String customer, String name, int daysAgo, String properties) {
        events.add("{\"type\":\"track\",\"event\":\"" + name + "\",\"customerId\":\"" + customer + "\",\"timestamp\":\""
                + now.minus(Duration.ofDays(daysAgo)) + "\",\"properties\":" + properties + "}");
    }

    private List<String> members(String rule) {
        JsonNode preview = api.post("/v1/segments/preview", "{\"rule\":" + rule + "}").expect(200).json();
        List<String> ids = preview.get("sample").findValuesAsText("id");
        assertEquals(ids.size(), preview.get("size").asInt(), "the sample holds all of a small segment");
        return ids;
    }

    @Test
    void attributeConditionsCompareStringsNumbersBooleansListsAndNestedValues() {
        seed();
        assertEquals(List.of("anna"), members("{\"attribute\":\"plan\",\"op\":\"eq\",\"value\":\"gold\"}"));
        assertEquals(List.of("ben", "cleo"), members("{\"attribute\":\"plan\",\"op\":\"neq\",\"value\":\"gold\"}"));
        assertEquals(List.of("anna", "ben"), members("{\"attribute\":\"plan\",\"op\":\"in\",\"value\":[\"gold\",\"silver\"]}"));
        assertEquals(List.of("anna", "ben"), members("{\"attribute\":\"plan\",\"op\":\"exists\"}"));
        assertEquals(List.of("anna"), members("{\"attribute\":\"visits\",\"op\":\"gt\",\"value\":3}"));
        assertEquals(List.of("anna", "ben"), members("{\"attribute\":\"visits\",\"op\":\"gte\",\"value\":3}"));
        assertEquals(List.of("ben"), members("{\"attribute\":\"visits\",\"op\":\"in\",\"value\":[3,4]}"));
        assertEquals(List.of("anna"), members("{\"attribute\":\"vip\",\"op\":\"eq\",\"value\":true}"));
        assertEquals(List.of("anna"), members("{\"attribute\":\"address.city\",\"op\":\"eq\",\"value\":\"Berlin\"}"));
        assertEquals(List.of("anna", "ben"), members("{\"attribute\":\"tags\",\"op\":\"contains\",\"value\":\"early\"}"));
        assertEquals(List.of("anna"), members("{\"attribute\":\"tags\",\"op\":\"contains\",\"value\":\"vip\"}"));
        assertEquals(List.of("ben"), members("{\"attribute\":\"plan\",\"op\":\"contains\",\"value\":\"ilv\"}"));
        assertEquals(List.of("cleo"), members("{\"attribute\":\"birthday\",\"op\":\"lt\",\"value\":\"2000-01-01\"}"));
        assertEquals(List.of("cleo"), members("{\"attribute\":\"signupDate\",\"op\":\"lt\",\"value\":{\"daysAgo\":30}}"));
        assertEquals(List.of("cleo"), members("{\"attribute\":\"signupDate\",\"op\":\"gte\",\"value\":\"2020-01-15T08:30:00Z\"}"));
        assertEquals(List.of(), members("{\"attribute\":\"signupDate\",\"op\":\"gt\",\"value\":\"2020-01-15T08:30:00Z\"}"));
    }

    @Test
    void profileFieldsAndConsent() {
        seed();
        assertEquals(List.of("ben"), members("{\"field\":\"email\",\"op\":\"contains\",\"value\":\"@shop.test\"}"));
        assertEquals(List.of("cleo"), members("{\"not\":{\"field\":\"email\",\"op\":\"exists\"}}"));
        assertEquals(List.of("anna"), members("{\"field\":\"timezone\",\"op\":\"eq\",\"value\":\"Europe/Berlin\"}"));
        assertEquals(List.of("anna", "ben", "cleo"), members("{\"field\":\"createdAt\",\"op\":\"gt\",\"value\":{\"daysAgo\":1}}"));
        assertEquals(List.of(), members("{\"field\":\"createdAt\",\"op\":\"lt\",\"value\":{\"daysAgo\":30}}"));
        assertEquals(List.of("anna"), members("{\"consent\":\"email\"}"));
        assertEquals(List.of("ben", "cleo"), members("{\"consent\":\"email\",\"subscribed\":false}"));
        assertEquals(List.of("ben"), members("{\"consent\":\"sms\"}"));
    }

    @Test
    void eventConditionsCountWithinWindowsAndMatchProperties() {
        seed();
        String ordered = "{\"event\":\"Order Completed\"";
        assertEquals(List.of("anna", "ben"), members(ordered + "}"));
        assertEquals(List.of("cleo"), members(ordered + ",\"did\":false}"));
        assertEquals(List.of("anna"), members(ordered + ",\"withinDays\":30}"));
        assertEquals(List.of("anna"), members(ordered + ",\"atLeast\":2,\"withinDays\":30}"));
        assertEquals(List.of(), members(ordered + ",\"atLeast\":3,\"withinDays\":30}"));
        assertEquals(List.of("ben", "cleo"), members(ordered + ",\"atMost\":1}"));
        assertEquals(List.of("ben"), members(ordered + ",\"atLeast\":1,\"atMost\":2}"));
        assertEquals(List.of("anna"), members(ordered + ",\"where\":[{\"property\":\"revenue\",\"op\":\"gt\",\"value\":50}]}"));
        assertEquals(List.of("anna"), members(ordered + ",\"atLeast\":2,\"where\":[{\"property\":\"revenue\",\"op\":\"gte\",\"value\":60}]}"));
        String between = ",\"from\":\"" + now.minus(Duration.ofDays(100)) + "\",\"to\":\"" + now.minus(Duration.ofDays(40)) + "\"}";
        assertEquals(List.of("anna", "ben"), members(ordered + between));
        String abandonedWithoutOrder = "{\"and\":[{\"event\":\"Cart Abandoned\",\"withinDays\":2},"
                + "{\"event\":\"Order Completed\",\"did\":false,\"withinDays\":2}]}";
        assertEquals(List.of("ben"), members(abandonedWithoutOrder));
    }

    @Test
    void aggregatesOverPurchases() {
        seed();
        assertEquals(List.of("anna"), members("{\"aggregate\":\"totalRevenue\",\"op\":\"gt\",\"value\":200}"));
        assertEquals(List.of("anna"), members("{\"aggregate\":\"totalRevenue\",\"op\":\"eq\",\"value\":150,\"withinDays\":30}"));
        assertEquals(List.of("ben", "cleo"), members("{\"aggregate\":\"orderCount\",\"op\":\"lt\",\"value\":2}"));
        assertEquals(List.of("ben", "cleo"), members("{\"aggregate\":\"orderCount\",\"op\":\"neq\",\"value\":3}"));
        assertEquals(List.of("anna", "cleo"), members("{\"aggregate\":\"totalRevenue\",\"op\":\"neq\",\"value\":20}"));
        assertEquals(List.of("anna"), members("{\"aggregate\":\"averageOrderValue\",\"op\":\"eq\",\"value\":70}"));
        assertEquals(List.of("ben"), members("{\"aggregate\":\"daysSinceLastOrder\",\"op\":\"gt\",\"value\":60}"));
        assertEquals(List.of("anna"), members("{\"aggregate\":\"daysSinceLastOrder\",\"op\":\"lte\",\"value\":2}"));
    }

    @Test
    void nestedAndOrNot() {
        seed();
        assertEquals(List.of("anna", "cleo"), members("""
                {"or":[{"and":[{"attribute":"plan","op":"eq","value":"gold"},{"consent":"email"}]},
                       {"not":{"attribute":"plan","op":"exists"}}]}"""));
        assertEquals(List.of("ben"), members("""
                {"and":[{"not":{"attribute":"vip","op":"eq","value":true}},{"event":"Order Completed"}]}"""));
    }

    @Test
    void savedSegmentsHaveASizeAndPagedCustomers() {
        seed();
        JsonNode created = api.post("/v1/segments", """
                {"name":"Buyers","description":"ordered at least once","rule":{"event":"Order Completed"}}""").expect(201).json();
        String id = created.get("id").asText();
        assertEquals("Buyers", created.get("name").asText());
        assertEquals(2, created.get("size").asInt());
        assertEquals(created.get("rule"), api.get("/v1/segments/" + id).expect(200).json().get("rule"));

        JsonNode firstPage = api.get("/v1/segments/" + id + "/customers?limit=1").expect(200).json();
        assertEquals("anna", firstPage.at("/data/0/id").asText());
        assertEquals(List.of("anna", "ben"), api.allPages("/v1/segments/" + id + "/customers?limit=1").stream()
                .map(customer -> customer.get("id").asText()).toList());

        api.post("/v1/events", "{\"type\":\"track\",\"event\":\"Order Completed\",\"customerId\":\"cleo\"}").expect(200);
        assertEquals(3, api.get("/v1/segments/" + id).expect(200).json().get("size").asInt(), "size is counted now, after the new order");

        JsonNode replaced = api.put("/v1/segments/" + id, """
                {"name":"Big buyers","rule":{"aggregate":"totalRevenue","op":"gte","value":100}}""").expect(200).json();
        assertEquals(1, replaced.get("size").asInt());
        assertTrue(replaced.get("description").isNull());
        api.post("/v1/segments", "{\"name\":\"Gold\",\"rule\":{\"attribute\":\"plan\",\"op\":\"eq\",\"value\":\"gold\"}}").expect(201);
        List<JsonNode> listed = api.allPages("/v1/segments?limit=1");
        assertEquals(List.of("Big buyers", "Gold"), listed.stream().map(segment -> segment.get("name").asText()).toList());
        assertFalse(listed.get(0).has("size"), "lists do not count");

        api.delete("/v1/segments/" + id).expect(204);
        api.get("/v1/segments/" + id).expect(404);
        api.get("/v1/segments/" + id + "/customers").expect(404);
        api.put("/v1/segments/" + id, "{\"name\":\"x\",\"rule\":{\"consent\":\"email\"}}").expect(404);
        api.delete("/v1/segments/" + id).expect(404);
    }

    @Test
    void badRulesAreRefusedNamingTheJsonPathAndChangeNothing() {
        List<Map<String, Object>> before = server.database().snapshot();
        JsonNode problem = api.post("/v1/segments", """
                {"name":"Broken","rule":{"and":[{"attribute":"plan","op":"equals","value":"gold"},
                  {"or":[{"event":"Order Completed","withinDays":-3},{"aggregate":"lifetimeValue","op":"gt","value":1}]},
                  {"field":"createdAt","op":"eq","value":"gold"},{"attribute":"a b","op":"exists"},
                  {"attribute":"visits","op":"gt","value":"many"},{"consent":"fax"},{"flavour":"x"}]}}""")
                .invalidRequest().expect(400).json();
        List<String> fields = problem.get("errors").findValuesAsText("field");
        assertEquals(List.of("rule.and[0].op", "rule.and[1].or[0].withinDays", "rule.and[1].or[1].aggregate",
                "rule.and[2]", "rule.and[3].attribute", "rule.and[4].value", "rule.and[5].consent", "rule.and[6]"), fields);
        assertEquals(before, server.database().snapshot());

        api.post("/v1/segments", "{\"rule\":{\"consent\":\"email\"}}").invalidRequest().expect(400,
                body -> assertEquals("name", body.at("/errors/0/field").asText()));
        api.post("/v1/segments", "{\"name\":\"No rule\"}").invalidRequest().expect(400,
                body -> assertEquals("rule", body.at("/errors/0/field").asText()));
        api.post("/v1/segments/preview", "{\"rule\":{\"not\":[]}}").invalidRequest().expect(400,
                body -> assertEquals("rule.not", body.at("/errors/0/field").asText()));
        api.post("/v1/segments/preview", "{\"rule\":").invalidRequest().expect(400);
        api.post("/v1/segments", """
                {"name":"Far","rule":{"field":"createdAt","op":"lt","value":"+999999999-12-31T23:59:59Z"}}""").invalidRequest().expect(400,
                body -> assertEquals("rule.value", body.at("/errors/0/field").asText()));
        api.post("/v1/segments", "{\"name\":\"x\",\"rule\":{\"consent\":\"email\"}}").key(null).invalidRequest().expect(401);
        assertEquals(before, server.database().snapshot());
    }
}
