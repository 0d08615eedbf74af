package io.bindung.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real HTTP client for the server under test that checks every exchange against
 * {@code openapi.yaml}: good requests must match the contract, and every answer must, so an
 * undocumented field, status or header fails the test.
 */
public final class Api {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(ContractAs30.load(Path.of("openapi.yaml")))
            .build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String defaultKey;

    public Api(String baseUrl, String defaultKey) {
        this.baseUrl = baseUrl;
        this.defaultKey = defaultKey;
    }

    public Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery);
    }

    public Call delete(String pathAndQuery) {
        return new Call("DELETE", pathAndQuery);
    }

    public Call post(String path, String json) {
        return new Call("POST", path).body(json, "application/json");
    }

    public Call put(String path, String json) {
        return new Call("PUT", path).body(json, "application/json");
    }

    public Call patch(String path, String json) {
        return new Call("PATCH", path).body(json, "application/json");
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** Every item of a paged list, following {@code nextCursor} from the first page to the last. */
    public List<JsonNode> allPages(String pathAndQuery) {
        List<JsonNode> items = new ArrayList<>();
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        String cursor = null;
        do {
            JsonNode page = get(pathAndQuery + (cursor == null ? "" : separator + "cursor=" + cursor)).expect(200).json();
            page.get("data").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    /** An answer: status, headers (lower-case names) and body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** One request being built. */
    public final class Call {
        private final String method;
        private final String pathAndQuery;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean validateRequest = true;
        private boolean validateResponse = true;

        private Call(String method, String pathAndQuery) {
            this.method = method;
            this.pathAndQuery = pathAndQuery;
            if (defaultKey != null) {
                headers.put("Authorization", "Bearer " + defaultKey);
            }
        }

        public Call key(String key) {
            if (key == null) {
                headers.remove("Authorization");
            } else {
                headers.put("Authorization", "Bearer " + key);
            }
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call body(String text, String contentType) {
            return body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public Call body(byte[] bytes, String contentType) {
            this.body = bytes;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        /** The request breaks the contract on purpose; the answer is still checked. */
        public Call invalidRequest() {
            validateRequest = false;
            return this;
        }

        /** Neither side is checked: for paths that are not in the contract at all. */
        public Call outsideContract() {
            validateRequest = false;
            validateResponse = false;
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
            headers.forEach(builder::header);
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<String> answer;
            try {
                answer = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError(method + " " + pathAndQuery + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            Response response = new Response(answer.statusCode(), answer.headers().map(), answer.body());
            check(response);
            return response;
        }

        /** Sends and asserts the status, showing the body when it differs. */
        public Response expect(int status) {
            Response response = send();
            if (response.status() != status) {
                fail(method + " " + pathAndQuery + " answered " + response.status() + ", expected " + status + ": " + response.body());
            }
            return response;
        }

        public Response expect(int status, Consumer<JsonNode> assertions) {
            Response response = expect(status);
            assertions.accept(response.json());
            return response;
        }

        private void check(Response response) {
            SimpleRequest request = contractRequest();
            if (validateRequest) {
                report("request", VALIDATOR.validateRequest(request), response);
            }
            if (validateResponse) {
                SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.body());
                response.headers().forEach((name, values) -> answer.withHeader(name, values));
                String path = pathAndQuery.split("\\?", 2)[0];
                report("response", VALIDATOR.validateResponse(path, Request.Method.valueOf(method), answer.build()), response);
            }
        }

        private SimpleRequest contractRequest() {
            String[] parts = pathAndQuery.split("\\?", 2);
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, parts[0]);
            headers.forEach(request::withHeader);
            if (body != null) {
                request.withBody(body);
            }
            if (parts.length == 2) {
                Map<String, List<String>> query = new LinkedHashMap<>();
                for (String pair : parts[1].split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length == 2 ? decode(kv[1]) : "");
                }
                query.forEach(request::withQueryParam);
            }
            return request.build();
        }

        private void report(String side, ValidationReport report, Response response) {
            if (report.hasErrors()) {
                fail("The " + side + " of " + method + " " + pathAndQuery + " breaks openapi.yaml: "
                        + report.getMessages() + "\nstatus " + response.status() + ", body: " + response.body());
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
