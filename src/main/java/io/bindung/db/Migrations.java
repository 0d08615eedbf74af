package io.bindung.db;

import org.flywaydb.core.Flyway;

/**
 * Applies the numbered SQL files of {@code migrations/common/} and {@code migrations/<dialect>/}
 * (bundled in the jar; versions are unique across both) and records
 * them in {@code flyway_schema_history}. Flyway holds a database lock while it migrates (an
 * advisory lock on PostgreSQL), so nodes starting together apply each migration once.
 */
public final class Migrations {
    private final Flyway flyway;

    public Migrations(Database database) {
        this.flyway = Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:migrations/common", "classpath:migrations/" + database.dialect().migrationFolder())
                .loggers("slf4j")
                .load();
    }

    /** Applies pending migrations and answers how many were applied. */
    public int apply() {
        return flyway.migrate().migrationsExecuted;
    }

    /** True when every known migration has been applied. */
    public boolean upToDate() {
        return flyway.info().pending().length == 0;
    }
}
