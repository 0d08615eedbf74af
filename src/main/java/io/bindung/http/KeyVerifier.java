package io.bindung.http;

import java.util.Optional;
import java.util.Set;

/** Answers the scopes of a presented API key, or empty when the key is unknown or revoked. */
@FunctionalInterface
public interface KeyVerifier {
    Optional<Set<Scope>> scopesOf(String presentedKey);
}
