package io.bindung.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/** Turns every failure into an RFC 9457 problem answer; registered once for the whole server. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final Map<Integer, String> HTTP_TYPES = Map.of(
            400, "bad-request", 404, "not-found", 405, "method-not-allowed",
            413, "payload-too-large", 415, "unsupported-media-type", 503, "unavailable");

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> answerHttp(ctx, e.getStatus(), e.getMessage()));
        // Javalin reads the body's charset from the Content-Type, and an unknown one throws.
        routes.exception(IllegalCharsetNameException.class, (e, ctx) -> answer(ctx, unknownCharset(e.getCharsetName())));
        routes.exception(UnsupportedCharsetException.class, (e, ctx) -> answer(ctx, unknownCharset(e.getCharsetName())));
        routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
    }

    private static ApiException unknownCharset(String name) {
        return new ApiException.UnsupportedMediaType("The Content-Type names the charset '" + name + "', which is unknown here; send UTF-8.");
    }

    private void internalError(Context ctx, Exception e) {
        LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, new Problem(Problem.TYPE_BASE + "internal", "Internal server error", 500,
                "The server failed to answer; the request id in X-Request-Id identifies it in the logs.",
                ctx.path(), null));
    }

    void answer(Context ctx, ApiException e) {
        if (e instanceof ApiException.TooManyRequests tooMany) {
            ctx.header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        write(ctx, Problem.of(e, ctx.path()));
    }

    private void answerHttp(Context ctx, int status, String message) {
        String type = HTTP_TYPES.getOrDefault(status, "http-" + status);
        String detail = switch (status) {
            case 404 -> "No resource at " + ctx.path() + ".";
            case 405 -> "Method " + ctx.method() + " is not allowed on " + ctx.path() + ".";
            default -> message;
        };
        String title = io.javalin.http.HttpStatus.forStatus(status).getMessage();
        write(ctx, new Problem(Problem.TYPE_BASE + type, title, status, detail, ctx.path(), null));
    }

    private void write(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status())
                    .contentType(Problem.CONTENT_TYPE)
                    .result(mapper.writeValueAsBytes(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem document failed to serialise", e);
        }
    }
}
