package io.bindung.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;

/**
 * Checks the bearer key of every matched route that names a scope; public routes name none. Routes
 * that answer in their own error shape (GraphQL) call {@link #require} themselves.
 */
public final class Authenticator {
    private static final String BEARER = "Bearer ";
    private final KeyVerifier verifier;

    public Authenticator(KeyVerifier verifier) {
        this.verifier = verifier;
    }

    void check(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            require(ctx, (Scope) role);
        }
    }

    /**
     * Throws {@link ApiException.Unauthorized} without a known key, {@link ApiException.Forbidden}
     * when the key lacks the scope ({@code admin} holds every scope).
     */
    public void require(Context ctx, Scope scope) {
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
        if (!scopes.get().contains(scope) && !scopes.get().contains(Scope.ADMIN)) {
            throw new ApiException.Forbidden("This API key lacks the '" + scope.label() + "' scope.");
        }
    }
}
