package io.bindung.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.JsonBodies;
import io.bindung.http.JsonInput;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.EnumSet;
import java.util.Set;

/** Admin routes to create, list and revoke API keys. */
public final class KeyRoutes implements Routes {
    private static final long BODY_LIMIT = 16 * 1024;
    private final ApiKeyStore keys;
    private final JsonBodies bodies;

    public KeyRoutes(ApiKeyStore keys, JsonBodies bodies) {
        this.keys = keys;
        this.bodies = bodies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/keys", this::create, Scope.ADMIN);
        routes.get("/v1/keys", this::list, Scope.ADMIN);
        routes.delete("/v1/keys/{id}", this::revoke, Scope.ADMIN);
    }

    private void create(Context ctx) {
        ObjectNode body = bodies.object(ctx, BODY_LIMIT);
        JsonInput input = new JsonInput(body);
        input.rejectUnknown(Set.of("name", "scopes"));
        String name = input.text("name", 200).orElse("");
        Set<Scope> scopes = scopes(body.get("scopes"), input);
        input.throwIfInvalid();
        ctx.status(201).json(keys.create(name, scopes));
    }

    private static Set<Scope> scopes(JsonNode node, JsonInput input) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (node == null || !node.isArray() || node.isEmpty()) {
            input.fail("scopes", "must be a non-empty array of 'read', 'write', 'admin'");
            return scopes;
        }
        for (JsonNode element : node) {
            Scope.parse(element.asText()).ifPresentOrElse(scopes::add,
                    () -> input.fail("scopes", "has an unknown scope " + element + "; use 'read', 'write' or 'admin'"));
        }
        return scopes;
    }

    private void list(Context ctx) {
        ctx.json(keys.list(QueryParams.limit(ctx), QueryParams.text(ctx, "cursor")));
    }

    private void revoke(Context ctx) {
        if (!keys.revoke(ctx.pathParam("id"))) {
            throw new ApiException.NotFound("No API key with id '" + ctx.pathParam("id") + "'.");
        }
        ctx.status(204);
    }
}
