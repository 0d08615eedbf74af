package io.bindung.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.Authenticator;
import io.bindung.http.JsonBodies;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code POST /graphql} (JSON {@code query}, {@code variables}, {@code operationName}), {@code GET
 * /graphql?query=…} and the GraphiQL explorer at {@code /graphiql}, served from the jar. The key
 * needs scope {@code read}. An executed request answers 200 with {@code data} and {@code errors};
 * a request that cannot run (no key, no query, malformed JSON) answers its 4xx status with a
 * GraphQL-shaped error whose {@code extensions.code} names it.
 */
public final class GraphQlRoutes implements Routes {
    private static final long BODY_LIMIT = 256 * 1024;

    private final GraphQlEngine engine;
    private final Authenticator authenticator;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;
    private final String explorer;

    public GraphQlRoutes(GraphQlEngine engine, Authenticator authenticator, JsonBodies bodies, ObjectMapper mapper) {
        this.engine = engine;
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.mapper = mapper;
        this.explorer = explorerPage();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/graphql", ctx -> answer(ctx, true));
        routes.get("/graphql", ctx -> answer(ctx, false));
        routes.get("/graphiql", ctx -> ctx.html(explorer));
    }

    private void answer(Context ctx, boolean post) {
        try {
            authenticator.require(ctx, Scope.READ);
            Request request = post ? Request.of(bodies.object(ctx, BODY_LIMIT), mapper) : fromQueryString(ctx);
            ctx.json(engine.execute(request.query(), request.operationName(), request.variables()));
        } catch (ApiException problem) {
            ctx.status(problem.status()).json(Map.of("errors", List.of(Map.of("message", ProblemHandler.message(problem),
                    "extensions", Map.of("code", ErrorCode.of(problem).name())))));
        }
    }

    /** One GraphQL request. */
    private record Request(String query, String operationName, Map<String, Object> variables) {
        static Request of(ObjectNode body, ObjectMapper mapper) {
            JsonNode query = body.get("query");
            if (query == null || !query.isTextual() || query.textValue().isBlank()) {
                throw new ApiException.Invalid("query", "is required: the GraphQL document to run");
            }
            JsonNode operation = body.get("operationName");
            if (operation != null && !operation.isNull() && !operation.isTextual()) {
                throw new ApiException.Invalid("operationName", "must be a string");
            }
            JsonNode variables = body.get("variables");
            if (variables != null && !variables.isNull() && !variables.isObject()) {
                throw new ApiException.Invalid("variables", "must be an object");
            }
            Map<String, Object> values = variables == null || variables.isNull() ? Map.of()
                    : mapper.convertValue(variables, VARIABLES);
            return new Request(query.textValue(), operation == null || operation.isNull() ? null : operation.textValue(), values);
        }

        private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
        };
    }

    private Request fromQueryString(Context ctx) {
        ObjectNode body = mapper.createObjectNode();
        body.put("query", ctx.queryParam("query"));
        body.put("operationName", ctx.queryParam("operationName"));
        String variables = ctx.queryParam("variables");
        if (variables != null && !variables.isBlank()) {
            try {
                body.set("variables", mapper.readTree(variables));
            } catch (JsonProcessingException e) {
                throw new ApiException.Invalid("variables", "must be a JSON object");
            }
        }
        return Request.of(body, mapper);
    }

    private static String explorerPage() {
        try (InputStream in = GraphQlRoutes.class.getResourceAsStream("/graphiql.html")) {
            if (in == null) {
                throw new IllegalStateException("graphiql.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{graphiql}}", "/webjars/graphiql/" + webjarVersion("graphiql"))
                    .replace("{{react}}", "/webjars/react/" + webjarVersion("react"))
                    .replace("{{reactDom}}", "/webjars/react-dom/" + webjarVersion("react-dom"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion(String name) {
        Properties properties = new Properties();
        try (InputStream in = GraphQlRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " webjar is missing from the classpath", e);
        }
        return properties.getProperty("version");
    }
}
