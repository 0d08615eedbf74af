package io.bindung.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases every end-to-end test runs against. Each test gets a fresh database: a new SQLite
 * file, or a new schema in the local PostgreSQL (dropped afterwards). Under {@code CI=true} an
 * unreachable PostgreSQL fails the test instead of skipping it.
 */
public enum Backend {
    SQLITE, POSTGRESQL;

    static final String POSTGRES_URL = System.getenv().getOrDefault("BINDUNG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = System.getenv().getOrDefault("BINDUNG_TEST_PG_USER", "postgres");

    /** A fresh, empty database of this kind. */
    public TestDatabase create() {
        return this == SQLITE ? TestDatabase.sqlite() : TestDatabase.postgres(freshSchema());
    }

    private static String freshSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            return schema;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL must be reachable at " + POSTGRES_URL + " when CI=true", e);
            }
            Assumptions.abort("PostgreSQL is not reachable at " + POSTGRES_URL + ": " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
