package io.bindung.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, when well-formed), puts it in the
 * logging context, records request counts and latencies by route and writes the access log.
 */
final class RequestTelemetry {
    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger ACCESS = LoggerFactory.getLogger("io.bindung.access");
    private static final Pattern CALLER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String STARTED = "bindung.started";

    private final MeterRegistry registry;
    private final boolean accessLog;

    RequestTelemetry(MeterRegistry registry, boolean accessLog) {
        this.registry = registry;
        this.accessLog = accessLog;
    }

    void begin(Context ctx) {
        String callerId = ctx.header(REQUEST_ID);
        String id = callerId != null && CALLER_ID.matcher(callerId).matches() ? callerId : RandomIds.uuid();
        ctx.header(REQUEST_ID, id);
        ctx.attribute(STARTED, System.nanoTime());
        MDC.put("requestId", id);
    }

    void end(Context ctx, float millis) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? (long) (millis * 1_000_000) : System.nanoTime() - started;
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", String.valueOf(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (accessLog) {
            MDC.put("requestId", ctx.res().getHeader(REQUEST_ID));
            ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), String.format("%.1f", nanos / 1e6));
        }
        MDC.remove("requestId");
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
