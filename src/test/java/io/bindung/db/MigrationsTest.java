package io.bindung.db;

import io.bindung.testing.Backend;
import io.bindung.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class MigrationsTest {
    @Parameter
    Backend backend;

    @Test
    void nodesStartingTogetherApplyEachMigrationOnce() throws Exception {
        try (TestDatabase database = backend.create()) {
            ExecutorService nodes = Executors.newFixedThreadPool(3);
            List<Future<Integer>> applied = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                applied.add(nodes.submit(migrate(database)));
            }
            int total = 0;
            for (Future<Integer> result : applied) {
                total += result.get();
            }
            nodes.shutdown();
            List<String> history = database.column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank");
            assertEquals(history.size(), total, "every migration was applied by exactly one node");
            assertTrue(history.size() >= 3, history.toString());
            assertEquals(0, (int) migrate(database).call(), "a second run applies nothing");
        }
    }

    private static Callable<Integer> migrate(TestDatabase database) {
        return () -> {
            try (Database db = Database.open(database.config("unused"))) {
                Migrations migrations = new Migrations(db);
                int applied = migrations.apply();
                assertTrue(migrations.upToDate());
                return applied;
            }
        };
    }
}
