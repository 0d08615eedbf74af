package io.bindung.http;

import java.util.List;

/**
 * The root of every error a handler may throw on purpose; {@link Problems} turns each into an
 * RFC 9457 {@code application/problem+json} answer. The message is the problem's {@code detail}
 * and is shown to the caller, so it never carries SQL or internals.
 */
public abstract sealed class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;

    ApiException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Field problems of a validation failure; empty for every other kind. */
    public List<FieldError> errors() {
        return List.of();
    }

    /** One invalid field: a JSON path like {@code events[3].timestamp} and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static final class Invalid extends ApiException {
        private final List<FieldError> errors;

        public Invalid(String detail, List<FieldError> errors) {
            super(400, "validation", "Invalid request", detail);
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String message) {
            this("The request is invalid.", List.of(new FieldError(field, message)));
        }

        @Override
        public List<FieldError> errors() {
            return errors;
        }
    }

    public static final class MalformedJson extends ApiException {
        public MalformedJson(String detail) {
            super(400, "malformed-json", "Malformed JSON", detail);
        }
    }

    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) {
            super(401, "unauthorized", "Unauthorized", detail);
        }
    }

    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }

    public static final class NotFound extends ApiException {
        public NotFound(String detail) {
            super(404, "not-found", "Not found", detail);
        }
    }

    public static final class Conflict extends ApiException {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict", detail);
        }
    }

    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(long limitBytes) {
            super(413, "payload-too-large", "Payload too large",
                    "The request body exceeds the limit of " + limitBytes + " bytes for this route.");
        }
    }

    public static final class UnsupportedMediaType extends ApiException {
        public UnsupportedMediaType(String detail) {
            super(415, "unsupported-media-type", "Unsupported media type", detail);
        }
    }

    public static final class TooManyRequests extends ApiException {
        private final int retryAfterSeconds;

        public TooManyRequests(String detail, int retryAfterSeconds) {
            super(429, "too-many-requests", "Too many requests", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static final class Unavailable extends ApiException {
        public Unavailable(String detail) {
            super(503, "unavailable", "Service unavailable", detail);
        }
    }
}
