package io.bindung;

import io.bindung.testing.Api;
import io.bindung.testing.Backend;
import io.bindung.testing.TestDatabase;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class MainTest {
    @Parameter
    Backend backend;

    record Run(int exitCode, String out) {
    }

    @Test
    void migrateThenCreateAKeyThatTheServerAccepts() {
        try (TestDatabase database = backend.create()) {
            Run migrate = run("migrate", "--db", database.url(), "--db-user", database.user());
            assertEquals(0, migrate.exitCode());
            assertTrue(migrate.out().contains("up to date"), migrate.out());

            Run created = run("keys", "create", "--scopes", "read,write", "--name", "cli", "--db", database.url(), "--db-user", database.user());
            assertEquals(0, created.exitCode());
            String key = created.out().trim();
            assertTrue(key.startsWith("bdg_"), key);

            try (App app = App.start(database.config(TestServer.ADMIN_KEY))) {
                Api api = new Api("http://127.0.0.1:" + app.port(), key);
                api.put("/v1/customers/from-cli", "{}").expect(201);
                api.get("/v1/customers/from-cli").expect(200);
                api.get("/v1/keys").expect(403);
            }
            assertEquals(2, run("keys", "create", "--scopes", "root", "--db", database.url(), "--db-user", database.user()).exitCode());
        }
    }

    @Test
    void importCustomersFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, "id,email,plan\nk1,k1@example.com,gold\nk2,not-an-email,silver\nk3,,bronze\n");
        try (TestDatabase database = backend.create()) {
            Run imported = run("import", "customers", file.toString(), "--db", database.url(), "--db-user", database.user());
            assertEquals(1, imported.exitCode(), "a rejected row makes the exit code non-zero");
            assertTrue(imported.out().contains("created 2, updated 0, rejected 1"), imported.out());
            assertTrue(imported.out().contains("line 3: email"), imported.out());
            assertEquals(List.of("k1", "k3"), database.column("SELECT id FROM customers ORDER BY id"));
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exitCode = new CommandLine(new Main()).execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
