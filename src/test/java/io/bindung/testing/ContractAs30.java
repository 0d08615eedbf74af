package io.bindung.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code openapi.yaml} (OpenAPI 3.1) rewritten as the equivalent 3.0 document, because
 * swagger-request-validator 2.x reads 3.1 schemas with its 3.0 code and then silently skips type
 * checks, array query parameters and some {@code additionalProperties: false}. The rewrite is
 * mechanical: {@code type: [X, "null"]} becomes {@code type: X, nullable: true}, schema
 * {@code examples} becomes {@code example}, and the 3.1-only keywords it cannot use are dropped.
 */
final class ContractAs30 {
    private static final List<String> UNSUPPORTED_KEYWORDS = List.of("if", "then", "const");

    private ContractAs30() {
    }

    static String load(Path file) {
        try {
            ObjectNode spec = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            spec.put("openapi", "3.0.3");
            ((ObjectNode) spec.get("info")).remove("summary");
            convert(spec, false);
            return new ObjectMapper().writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void convert(JsonNode node, boolean inSchema) {
        if (node instanceof ArrayNode array) {
            array.forEach(child -> convert(child, inSchema));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (inSchema) {
            downgradeSchema(object);
        }
        object.fields().forEachRemaining(field -> {
            String name = field.getKey();
            boolean isExample = name.equals("example") || (name.equals("examples") && !inSchema);
            if (!isExample) {
                convert(field.getValue(), inSchema || name.equals("schema") || name.equals("schemas"));
            }
        });
    }

    private static void downgradeSchema(ObjectNode schema) {
        if (schema.get("type") instanceof ArrayNode types) {
            for (JsonNode type : types) {
                if (type.asText().equals("null")) {
                    schema.put("nullable", true);
                } else {
                    schema.put("type", type.asText());
                }
            }
        }
        schema.remove(UNSUPPORTED_KEYWORDS);
        if (schema.get("examples") instanceof ArrayNode examples) {
            schema.remove("examples");
            schema.set("example", examples.get(0));
        }
    }
}
