package io.bindung.testing;

import io.bindung.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.function.UnaryOperator;

/**
 * Runs every test of a subclass once per {@link Backend}, each test against its own real server
 * on a random port over a fresh database, with {@link #api} speaking as the admin.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
public abstract class EndToEndTest {
    @Parameter
    protected Backend backend;
    protected TestServer server;
    protected Api api;

    @BeforeEach
    void startServer() {
        server = TestServer.start(backend);
        api = server.api();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Replaces the server with one whose configuration is adjusted, over a fresh database. */
    protected void restartWith(UnaryOperator<Config> adjust) {
        server.close();
        server = TestServer.start(backend, adjust);
        api = server.api();
    }
}
