package io.bindung.http;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem document. {@code errors} is present only for validation problems. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ApiException.FieldError> errors) {

    static final String TYPE_BASE = "https://bindung.dev/problems/";
    public static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(ApiException e, String instance) {
        return new Problem(TYPE_BASE + e.type(), e.title(), e.status(), e.getMessage(), instance, e.errors());
    }
}
