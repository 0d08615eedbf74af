package io.bindung.testing;

import io.bindung.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
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
        server = TestServer.start(backend, this::configure, clock());
        api = server.api();
    }

    /** The configuration every test of the class starts with; subclasses adjust it. */
    protected Config configure(Config config) {
        return config;
    }

    /** The clock the server reads; subclasses that control time return a {@link TestClock}. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Replaces the server with one whose configuration is adjusted, over a fresh database. */
    protected void restartWith(UnaryOperator<Config> adjust) {
        server.close();
        server = TestServer.start(backend, adjust, clock());
        api = server.api();
    }
}
