package io.bindung.customers;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Api;
import io.bindung.testing.Backend;
import io.bindung.testing.EndToEndTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerImportTest extends EndToEndTest {
    @Test
    void csvKeepsGoodRowsAndNamesTheLineOfEveryBadOne() {
        api.put("/v1/customers/c2", "{\"firstName\":\"Old\",\"attributes\":{\"keep\":\"me\"}}").expect(201);
        String csv = """
                id,email,firstName,timezone,plan,city
                c1,c1@example.com,Ann,Europe/Berlin,gold,Berlin
                c2,c2@example.com,,America/New_York,silver,
                c3,broken-email,Cid,Europe/Paris,gold,Paris
                ,nobody@example.com,No,UTC,gold,Rome
                c4,c4@example.com,Dee,Nowhere/Land,gold,Oslo
                c5,c5@example.com
                c6,c6@example.com,Eve,Asia/Tokyo,bronze,Tokyo
                """;
        JsonNode result = api.call("POST", "/v1/customers/import").body(csv, "text/csv").expect(200).json();
        assertEquals(2, result.get("created").asInt());
        assertEquals(1, result.get("updated").asInt());
        assertEquals(4, result.get("rejected").asInt());
        assertEquals(List.of(4, 5, 6, 7), result.get("rejections").findValuesAsText("line").stream().map(Integer::valueOf).toList());
        assertTrue(result.get("rejections").get(0).get("reason").asText().contains("email"), result.toString());

        JsonNode c1 = api.get("/v1/customers/c1").expect(200).json();
        assertEquals("Ann", c1.get("firstName").asText());
        assertEquals("gold", c1.at("/attributes/plan").asText());
        assertEquals("Berlin", c1.at("/attributes/city").asText());
        JsonNode c2 = api.get("/v1/customers/c2").expect(200).json();
        assertEquals("Old", c2.get("firstName").asText(), "an empty cell leaves the field alone");
        assertEquals("me", c2.at("/attributes/keep").asText(), "attributes merge");
        assertEquals("silver", c2.at("/attributes/plan").asText());
        api.get("/v1/customers/c3").expect(404);
    }

    @Test
    void spreadsheetExportsWithAByteOrderMarkImport() {
        api.call("POST", "/v1/customers/import").body("\uFEFFid,email\nbom1,bom1@example.com\n", "text/csv")
                .expect(200, result -> assertEquals(1, result.get("created").asInt()));
        api.get("/v1/customers/bom1").expect(200);
    }

    @Test
    void aBadHeaderIsRefusedBeforeAnyRow() {
        List<Map<String, Object>> before = server.database().snapshot();
        api.call("POST", "/v1/customers/import").body("id,email,email\nx,a@b.de,c@d.de\n", "text/csv").expect(400);
        api.call("POST", "/v1/customers/import").body("id,,plan\nx,,gold\n", "text/csv").expect(400);
        api.call("POST", "/v1/customers/import").body("email,plan\na@b.de,gold\n", "text/csv")
                .expect(400, problem -> assertEquals("header", problem.at("/errors/0/field").asText()));
        assertEquals(before, server.database().snapshot());
    }

    @Test
    void ndjsonImportsCustomerObjects() {
        String ndjson = """
                {"id":"n1","email":"n1@example.com","attributes":{"score":5},"consent":{"email":{"subscribed":true}}}

                {"id":"n2","timezone":"Asia/Tokyo"}
                {"id":"n3","timezone":"Tokyo"}
                not json
                {"email":"noid@example.com"}
                """;
        JsonNode result = api.call("POST", "/v1/customers/import").body(ndjson, "application/x-ndjson").expect(200).json();
        assertEquals(2, result.get("created").asInt());
        assertEquals(3, result.get("rejected").asInt());
        assertEquals(List.of("4", "5", "6"), result.get("rejections").findValuesAsText("line"));
        assertTrue(api.get("/v1/customers/n1").expect(200).json().at("/consent/email/subscribed").asBoolean());
        api.call("POST", "/v1/customers/import").body("id\nx\n", "application/json").invalidRequest().expect(415);
    }

    @Test
    void aLargeFileStreamsThrough() {
        int rows = backend == Backend.SQLITE ? 100_000 : 20_000;
        StringBuilder csv = new StringBuilder("id,email,segment\n");
        for (int i = 0; i < rows; i++) {
            csv.append("bulk-").append(i).append(",b").append(i).append("@example.com,s").append(i % 7).append('\n');
        }
        JsonNode result = api.call("POST", "/v1/customers/import").body(csv.toString(), "text/csv").expect(200).json();
        assertEquals(rows, result.get("created").asInt());
        assertEquals(0, result.get("rejected").asInt());
        assertEquals(List.of(String.valueOf(rows)), server.database().column("SELECT COUNT(*) FROM customers"));
    }
}
