package io.bindung.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.config.Config;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.util.List;
import java.util.Set;

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
            answerHeadAsGet(javalin);
        });
    }

    /**
     * Each GET route behind a key also answers HEAD, with its roles. Javalin itself answers HEAD on a
     * GET route with 200 without running the route or its key check, so HEAD without a key, or on an
     * unknown customer, said 200. The server leaves a HEAD answer's body out. Public routes keep
     * Javalin's answer: running a tracking route would count a link checker's HEAD as a click.
     */
    private static void answerHeadAsGet(JavalinConfig javalin) {
        javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method == HandlerType.GET && isKeyed(endpoint))
                .toList()
                .forEach(get -> javalin.routes.addEndpoint(new Endpoint(HandlerType.HEAD, get.path, get.handler, Set.of(get.metadata(Roles.class)))));
    }

    private static boolean isKeyed(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles != null && !roles.getRoles().isEmpty();
    }
}
