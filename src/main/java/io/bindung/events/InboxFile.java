package io.bindung.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite file beside the database ({@code <database>.inbox}) where acknowledged events wait
 * to be moved into the events table. A table without secondary indexes: appends touch only its
 * last pages, so a commit costs a few sequential pages instead of one random page per index and
 * event. A private spool, not part of the schema, so it creates its table itself rather than
 * through the migrations. Its one connection appends (the ingest writer thread); the mover reads
 * the file attached to a connection of the main database, which WAL lets run at the same time.
 */
final class InboxFile implements AutoCloseable {
    private static final String PRAGMAS = "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000";
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS inbox (
                seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id   TEXT    NOT NULL,
                type         TEXT    NOT NULL,
                name         TEXT,
                customer_id  TEXT,
                anonymous_id TEXT,
                ts           INTEGER NOT NULL,
                received_at  INTEGER NOT NULL,
                properties   TEXT    NOT NULL,
                context      TEXT    NOT NULL)""";
    private static final String INSERT = "INSERT INTO inbox (message_id, customer_id, anonymous_id, type, name, ts,"
            + " received_at, properties, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Path path;
    private final Connection appender;
    private final PreparedStatement forget;
    private final PreparedStatement insert;
    /** The last sequence number given out: one thread appends, so it is known without asking. */
    private long lastSeq;
    private long forgotten;

    private InboxFile(Path path, Connection appender) throws SQLException {
        this.path = path;
        this.appender = appender;
        this.forget = appender.prepareStatement("DELETE FROM inbox WHERE seq <= ?");
        this.insert = appender.prepareStatement(INSERT);
        this.lastSeq = lastSeq(appender);
        appender.setAutoCommit(false);
    }

    /**
     * Opens (creating if needed) the inbox of a SQLite database. Sequence numbers continue after
     * {@code movedSeq}, so a lost or replaced inbox file can never reuse a number already moved.
     */
    static InboxFile open(Path file, long movedSeq) throws SQLException {
        Connection appender = DriverManager.getConnection("jdbc:sqlite:" + file + PRAGMAS);
        try (Statement statement = appender.createStatement()) {
            statement.execute(CREATE);
            statement.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'inbox', 0"
                    + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'inbox')");
            statement.execute("UPDATE sqlite_sequence SET seq = max(seq, " + movedSeq + ") WHERE name = 'inbox'");
            return new InboxFile(file, appender);
        } catch (SQLException e) {
            appender.close();
            throw e;
        }
    }

    /** Where the inbox of the SQLite database at {@code databaseUrl} lives. */
    static Path fileFor(String databaseUrl) {
        String path = databaseUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.isEmpty() || path.contains(":memory:") || path.contains("mode=memory")) {
            throw new IllegalArgumentException("the SQLite database must be a file, got " + databaseUrl);
        }
        return Path.of((path.startsWith("file:") ? path.substring("file:".length()) : path) + ".inbox");
    }

    Path path() {
        return path;
    }

    /** The highest sequence number ever given out. */
    long lastSeq() {
        return lastSeq;
    }

    /**
     * Appends the events in one transaction that also forgets every row up to {@code movedSeq}
     * (already in the events table). Called by one thread only.
     *
     * @return the sequence number of the last event appended
     */
    long append(List<NewEvent> events, long movedSeq) throws SQLException {
        try {
            if (movedSeq > forgotten) {
                forget.setLong(1, movedSeq);
                forget.executeUpdate();
            }
            for (NewEvent event : events) {
                EventWriter.bindColumns(insert, event);
                insert.addBatch();
            }
            insert.executeBatch();
            appender.commit();
            forgotten = Math.max(forgotten, movedSeq);
            lastSeq += events.size();
            return lastSeq;
        } catch (SQLException | RuntimeException e) {
            appender.rollback();
            throw e;
        }
    }

    private static long lastSeq(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'inbox'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            appender.close();
        } catch (SQLException ignored) {
            // closing at shutdown; nothing left to do with it
        }
    }
}
