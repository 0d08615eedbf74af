package io.bindung.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the bearer key of every matched route that names a scope; public routes name none. Routes
 * that answer in their own error shape (GraphQL) call {@link #require} themselves.
 */
public final class Authenticator {
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";
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
        requireKey(ctx, header.substring(BEARER.length()).trim(), scope);
    }

    /**
     * As {@link #require}, for the routes Segment's SDKs call: the key may also come as HTTP Basic
     * with the key as user name (how the SDKs send their write key) or in the body ({@code bodyKey}).
     */
    public void requireWriteKey(Context ctx, Optional<String> bodyKey, Scope scope) {
        String header = ctx.header("Authorization");
        if (header != null && header.startsWith(BASIC)) {
            requireKey(ctx, basicUser(header.substring(BASIC.length()).trim()), scope);
        } else if (header == null && bodyKey.isPresent()) {
            requireKey(ctx, bodyKey.get(), scope);
        } else {
            require(ctx, scope);
        }
    }

    private void requireKey(Context ctx, String key, Scope scope) {
        Optional<Set<Scope>> scopes = verifier.scopesOf(key);
        if (scopes.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException.Unauthorized("The API key is unknown or revoked.");
        }
        if (!scopes.get().contains(scope) && !scopes.get().contains(Scope.ADMIN)) {
            throw new ApiException.Forbidden("This API key lacks the '" + scope.label() + "' scope.");
        }
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon >= 0 ? decoded.substring(0, colon) : decoded;
        } catch (IllegalArgumentException e) {
            throw new ApiException.Unauthorized("The Basic credentials are not base64.");
        }
    }
}
