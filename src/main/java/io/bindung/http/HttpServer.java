package io.bindung.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.config.Config;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.util.List;

/**
 * Builds the Javalin server: JSON, problems, request ids, auth, metrics and every feature's
 * routes. Stopping it first stops accepting connections, then lets requests in flight finish.
 */
public final class HttpServer {
    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private HttpServer() {
    }

    public static Javalin create(Config config, ObjectMapper mapper, KeyVerifier keys,
                                 MeterRegistry registry, List<Routes> features) {
        Problems problems = new Problems(mapper);
        Authenticator authenticator = new Authenticator(keys);
        RequestTelemetry telemetry = new RequestTelemetry(registry, config.accessLog());
        return Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jsonMapper(new JavalinJackson(mapper, false));
            javalin.http.prefer405over404 = true;
            javalin.http.maxRequestSize = 4L * 1024 * 1024;
            // Javalin copies each answer through a buffer of this size, allocated per response
            // (32 KiB by default, half of all garbage for single events); answers are mostly small.
            javalin.http.responseBufferSize = 8192;
            javalin.concurrency.useVirtualThreads = Runtime.version().feature() >= 21;
            javalin.jetty.port = config.port();
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.insertHandler(new GracefulHandler());
            });
            javalin.staticFiles.enableWebjars();
            javalin.requestLogger.http(telemetry::end);
            javalin.routes.before(telemetry::begin);
            javalin.routes.beforeMatched(authenticator::check);
            problems.register(javalin.routes);
            features.forEach(feature -> feature.register(javalin.routes));
        });
    }
}
