package io.bindung.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Api;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomersApiTest extends EndToEndTest {
    private static final String ANNA = """
            {"email":"anna@example.com","phone":"+4915112345678","firstName":"Anna","lastName":"Schmidt",
             "timezone":"Europe/Berlin","locale":"de-DE","attributes":{"plan":"gold","visits":3,"vip":true},
             "consent":{"email":{"subscribed":true,"changedAt":"2026-01-02T03:04:05Z"},"sms":{"subscribed":false}}}""";

    @Test
    void putCreatesThenUpdatesIdempotently() {
        JsonNode created = api.put("/v1/customers/anna", ANNA).expect(201).json();
        assertEquals("anna", created.get("id").asText());
        assertEquals("Europe/Berlin", created.get("timezone").asText());
        assertEquals("gold", created.at("/attributes/plan").asText());
        assertTrue(created.at("/consent/email/subscribed").asBoolean());
        assertEquals("2026-01-02T03:04:05Z", created.at("/consent/email/changedAt").asText());
        assertFalse(created.at("/consent/sms/subscribed").asBoolean());
        assertTrue(created.at("/consent/push").isMissingNode());

        JsonNode again = api.put("/v1/customers/anna", ANNA).expect(200).json();
        assertEquals(created.get("attributes"), again.get("attributes"));
        assertEquals(created.get("consent"), again.get("consent"));
        assertEquals(created.get("createdAt"), again.get("createdAt"));
        assertEquals(again, api.get("/v1/customers/anna").expect(200).json());
        assertEquals(1, api.get("/v1/customers").expect(200).json().get("data").size());
    }

    @Test
    void putReplacesTheProfileButKeepsConsentNotNamed() {
        api.put("/v1/customers/anna", ANNA).expect(201);
        JsonNode replaced = api.put("/v1/customers/anna", """
                {"email":"anna@new.example","attributes":{"plan":"silver"}}""").expect(200).json();
        assertEquals("anna@new.example", replaced.get("email").asText());
        assertTrue(replaced.get("firstName").isNull(), "PUT replaces the profile");
        assertEquals(1, replaced.get("attributes").size());
        assertTrue(replaced.at("/consent/email/subscribed").asBoolean(), "consent is never erased by omission");
    }

    @Test
    void patchMergesAttributesAndFields() {
        api.put("/v1/customers/anna", ANNA).expect(201);
        JsonNode patched = api.patch("/v1/customers/anna", """
                {"lastName":null,"attributes":{"visits":4,"vip":null,"address":{"city":"Berlin"}},
                 "consent":{"sms":{"subscribed":true}}}""").expect(200).json();
        assertEquals("Anna", patched.get("firstName").asText());
        assertTrue(patched.get("lastName").isNull());
        assertEquals("gold", patched.at("/attributes/plan").asText());
        assertEquals(4, patched.at("/attributes/visits").asInt());
        assertTrue(patched.at("/attributes/vip").isMissingNode());
        assertEquals("Berlin", patched.at("/attributes/address/city").asText());
        assertTrue(patched.at("/consent/sms/subscribed").asBoolean());
        assertTrue(patched.at("/consent/sms/changedAt").asText().compareTo("2026-01-02") > 0, "a changed decision is stamped now");
        assertEquals("2026-01-02T03:04:05Z", patched.at("/consent/email/changedAt").asText());

        api.patch("/v1/customers/nobody", "{}").expect(404);
    }

    @Test
    void invalidCustomersAreRefusedWithEveryFieldNamed() {
        api.put("/v1/customers/anna", ANNA).expect(201);
        List<Map<String, Object>> before = server.database().snapshot();
        JsonNode problem = api.put("/v1/customers/anna", """
                {"email":"not-an-address","phone":"0301234","timezone":"Mars/Olympus","locale":"??",
                 "attributes":[1],"consent":{"email":{"subscribed":"yes"},"sms":{"subscribed":null},"fax":{"subscribed":true}},
                 "nickname":"x"}""")
                .invalidRequest().expect(400).json();
        List<String> fields = problem.get("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("email", "phone", "timezone", "locale", "attributes",
                "consent.email.subscribed", "consent.sms.subscribed", "consent.fax", "nickname")), fields.toString());
        api.put("/v1/customers/anna", """
                {"firstName": 42}""").invalidRequest().expect(400);
        api.put("/v1/customers/" + "x".repeat(300), "{}").invalidRequest().expect(400);
        assertEquals(before, server.database().snapshot());
    }

    @Test
    void deleteErasesTheCustomerAndAllTheirEvents() {
        api.put("/v1/customers/anna", ANNA).expect(201);
        api.post("/v1/events/batch", """
                {"events":[{"type":"track","event":"Order Completed","customerId":"anna"},
                           {"type":"identify","customerId":"anna","anonymousId":"anon-1"},
                           {"type":"track","event":"Order Completed","customerId":"bert"}]}""").expect(200);
        api.delete("/v1/customers/anna").expect(204);
        api.get("/v1/customers/anna").expect(404);
        api.get("/v1/customers/anna/events").expect(404);
        api.delete("/v1/customers/anna").expect(404);
        assertEquals(List.of("bert"), server.database().column("SELECT customer_id FROM events"));
        assertEquals(List.of(), server.database().column("SELECT anonymous_id FROM identities"));
    }

    @Test
    void listPagesWithCursorsAndFilters() {
        for (int i = 0; i < 25; i++) {
            api.put("/v1/customers/c" + String.format("%02d", i), """
                    {"email":"c%d@example.com","attributes":{"tier":"%s","score":%d}}""".formatted(i, i % 2 == 0 ? "even" : "odd", i))
                    .expect(201);
        }
        List<String> seen = api.allPages("/v1/customers?limit=10").stream().map(customer -> customer.get("id").asText()).toList();
        assertEquals(25, seen.size());
        assertEquals(seen.stream().sorted().distinct().toList(), seen);

        assertEquals(List.of("c07"), ids(api.get("/v1/customers?email=c7@example.com").expect(200).json()));
        assertEquals(13, ids(api.get("/v1/customers?attribute=tier:even").expect(200).json()).size());
        assertEquals(List.of("c12"), ids(api.get("/v1/customers?attribute=tier:even&attribute=score:12").expect(200).json()));
        assertEquals(25, ids(api.get("/v1/customers?createdAfter=2000-01-01T00:00:00Z&updatedBefore=2999-01-01T00:00:00Z").expect(200).json()).size());
        assertEquals(0, ids(api.get("/v1/customers?createdAfter=2999-01-01T00:00:00Z").expect(200).json()).size());

        api.get("/v1/customers?limit=0").invalidRequest().expect(400);
        api.get("/v1/customers?limit=abc").invalidRequest().expect(400);
        api.get("/v1/customers?cursor=bm9wZQ").invalidRequest().expect(400);
        api.get("/v1/customers?createdAfter=yesterday").invalidRequest().expect(400);
        api.get("/v1/customers?attribute=no-colon").invalidRequest().expect(400);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("data").findValuesAsText("id");
    }
}
