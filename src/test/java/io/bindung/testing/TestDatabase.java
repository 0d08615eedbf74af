package io.bindung.testing;

import io.bindung.config.Config;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A throw-away database for one test, and a way to look at every row in it. */
public final class TestDatabase implements AutoCloseable {
    private static final List<String> TABLES = List.of("customers", "events", "identities", "api_keys");

    private final String url;
    private final String user;
    private final Runnable cleanup;

    private TestDatabase(String url, String user, Runnable cleanup) {
        this.url = url;
        this.user = user;
        this.cleanup = cleanup;
    }

    static TestDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("bindung-test");
            return new TestDatabase("jdbc:sqlite:" + dir.resolve("test.db"), "", () -> deleteTree(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestDatabase postgres(String schema) {
        String separator = Backend.POSTGRES_URL.contains("?") ? "&" : "?";
        return new TestDatabase(Backend.POSTGRES_URL + separator + "currentSchema=" + schema, Backend.POSTGRES_USER,
                () -> Backend.dropSchema(schema));
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public Config config(String adminKey) {
        return Config.defaults().withPort(0).withDatabase(url, user, "").withAdminKey(adminKey).withAccessLog(false);
    }

    /** Every row of every table, in a stable order: equal snapshots mean nothing changed. */
    public List<Map<String, Object>> snapshot() {
        Jdbi jdbi = Jdbi.create(url, user, "");
        return jdbi.withHandle(handle -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String table : TABLES) {
                rows.addAll(handle.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().list());
            }
            return rows;
        });
    }

    /** Runs one SQL query and maps the first column of each row to text. */
    public List<String> column(String sql) {
        return Jdbi.create(url, user, "").withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    /**
     * Blocks the ingest writer until the returned lock is closed, as a long transaction of another
     * process would: the SQLite inbox file's write lock, or PostgreSQL's exclusive lock on events.
     */
    public AutoCloseable holdEventWriteLock() throws SQLException {
        Connection connection = DriverManager.getConnection(url.startsWith("jdbc:sqlite:") ? inboxUrl(url) : url, user, "");
        Statement statement = connection.createStatement();
        if (url.startsWith("jdbc:sqlite:")) {
            statement.execute("BEGIN IMMEDIATE");
        } else {
            connection.setAutoCommit(false);
            statement.execute("LOCK TABLE events IN EXCLUSIVE MODE");
        }
        return () -> {
            if (connection.getAutoCommit()) {
                statement.execute("ROLLBACK");
            } else {
                connection.rollback();
            }
            connection.close();
        };
    }

    /** On SQLite the writer appends events to the inbox file beside the database (see the README). */
    public static String inboxUrl(String sqliteUrl) {
        return sqliteUrl + ".inbox";
    }

    @Override
    public void close() {
        cleanup.run();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
