package io.bindung.keys;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** An API key as listed: never the key itself, which is shown once at creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKey(String id, String name, List<String> scopes, Instant createdAt, Instant revokedAt) {
}
