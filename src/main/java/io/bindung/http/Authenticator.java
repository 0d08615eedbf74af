package io.bindung.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;

/** Checks the bearer key of every matched route that names a scope; public routes name none. */
final class Authenticator {
    private static final String BEARER = "Bearer ";
    private final KeyVerifier verifier;

    Authenticator(KeyVerifier verifier) {
        this.verifier = verifier;
    }

    void check(Context ctx) {
        Set<RouteRole> required = ctx.routeRoles();
        if (required.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() == BEARER.length()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException.Unauthorized("Send an API key as 'Authorization: Bearer <key>'.");
        }
        Optional<Set<Scope>> scopes = verifier.scopesOf(header.substring(BEARER.length()).trim());
        if (scopes.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException.Unauthorized("The API key is unknown or revoked.");
        }
        for (RouteRole role : required) {
            Scope scope = (Scope) role;
            if (!scopes.get().contains(scope) && !scopes.get().contains(Scope.ADMIN)) {
                throw new ApiException.Forbidden("This API key lacks the '" + scope.label() + "' scope.");
            }
        }
    }
}
