package io.bindung.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

/** Routes that need no key: health, Prometheus metrics, the OpenAPI contract and its rendering. */
public final class OpsRoutes implements Routes {
    private final BooleanSupplier ready;
    private final PrometheusMeterRegistry registry;
    private final byte[] openApi;
    private final String docsPage;

    public OpsRoutes(BooleanSupplier ready, PrometheusMeterRegistry registry) {
        this.ready = ready;
        this.registry = registry;
        this.openApi = classpathBytes("/openapi.yaml");
        this.docsPage = new String(classpathBytes("/docs.html"), StandardCharsets.UTF_8)
                .replace("{{swaggerUi}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
        routes.get("/health/ready", this::readiness);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
        routes.get("/docs", ctx -> ctx.html(docsPage));
    }

    private void readiness(Context ctx) {
        if (ready.getAsBoolean()) {
            ctx.json(Map.of("status", "ready"));
            return;
        }
        throw new ApiException.Unavailable("The database is unreachable or migrations are not applied.");
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = OpsRoutes.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("swagger-ui webjar is missing from the classpath", e);
        }
        return properties.getProperty("version");
    }

    private static byte[] classpathBytes(String resource) {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
