package io.bindung.http;

import io.javalin.security.RouteRole;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do. {@code read} and {@code write} are independent, so an ingestion key that
 * may write events cannot read customer data; {@code admin} includes both and manages keys.
 */
public enum Scope implements RouteRole {
    READ, WRITE, ADMIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> parse(String label) {
        for (Scope scope : values()) {
            if (scope.label().equals(label)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
