package io.bindung.http;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP surface: registers all of its routes in one place. */
@FunctionalInterface
public interface Routes {
    void register(RoutesConfig routes);
}
