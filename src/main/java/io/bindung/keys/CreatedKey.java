package io.bindung.keys;

import java.time.Instant;
import java.util.List;

/** The answer to creating a key: the only time the secret {@code key} is shown. */
public record CreatedKey(String id, String name, List<String> scopes, Instant createdAt, String key) {
}
