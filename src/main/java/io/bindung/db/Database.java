package io.bindung.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bindung.config.Config;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * A pooled connection to the configured database and the {@link Dialect} to speak to it.
 * Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {
    /**
     * WAL lets readers run beside the single writer; IMMEDIATE takes the write lock at BEGIN so
     * concurrent read-then-write transactions wait instead of failing with SQLITE_BUSY. This
     * process's writers wait in turn at the {@link WriteGate}; busy_timeout covers other processes.
     * Pooled connections keep a modest page cache (8 MiB each): every connection has its own, and
     * the one that needs a large cache, the event mover's, sets it itself.
     */
    private static final String SQLITE_PRAGMAS =
            "journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=on"
                    + "&transaction_mode=IMMEDIATE&cache_size=-8192&wal_autocheckpoint=200000";

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    /** SQLite's: PostgreSQL lets its writers wait at row locks. */
    private final Optional<WriteGate> gate;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        this.gate = dialect == Dialect.SQLITE ? Optional.of(WriteGate.install(jdbi)) : Optional.empty();
    }

    public static Database open(Config config) {
        Dialect dialect = Dialect.of(config.databaseUrl());
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("bindung");
        pool.setJdbcUrl(dialect == Dialect.SQLITE ? withSqlitePragmas(config.databaseUrl()) : config.databaseUrl());
        if (!config.databaseUser().isEmpty()) {
            pool.setUsername(config.databaseUser());
            pool.setPassword(config.databasePassword());
        }
        pool.setMaximumPoolSize(dialect == Dialect.SQLITE ? 8 : 16);
        pool.setConnectionTimeout(10_000);
        return new Database(new HikariDataSource(pool), dialect);
    }

    static String withSqlitePragmas(String url) {
        if (url.contains("journal_mode=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + SQLITE_PRAGMAS;
    }

    /**
     * Counts every executed SQL statement in {@code bindung.db.statements}: how many statements a
     * request costs shows whether a list is batched or queries row by row. On SQLite it also times
     * how long writers wait for their turn ({@link WriteGate#timeWaits}).
     */
    public void measure(MeterRegistry registry) {
        gate.ifPresent(writers -> writers.timeWaits(registry));
        Counter statements = Counter.builder("bindung.db.statements").description("SQL statements executed").register(registry);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.increment();
            }
        });
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection can be had and answers a trivial query. */
    public boolean reachable() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
