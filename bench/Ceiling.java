import io.bindung.config.Config;
import io.bindung.db.Database;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ceiling for event ingestion on SQLite: the rows of the benchmark file inserted straight
 * through JDBC, with the server's connection settings (its own {@link Database}, so the same URL
 * pragmas and pool) and the SQL and row order of EventWriter, one transaction per {@code commit} events.
 *
 * <pre>
 * java -cp target/bindung.jar bench/Ceiling.java insert FILE.db EVENTS.tsv COMMIT_EVENTS
 * java -cp target/bindung.jar bench/Ceiling.java compare CEILING.db SERVER.db
 * </pre>
 *
 * The database must already be migrated ({@code bindung.jar migrate}). {@code compare} checks that
 * every ceiling row is in the server's database with the same values.
 */
public final class Ceiling {
    /** Copied from EventWriter (SQLite dialect); keep them equal. */
    private static final String INSERT_CUSTOMER =
            "INSERT INTO customers (id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_EVENT = "INSERT INTO events (message_id, customer_id, anonymous_id, type, name,"
            + " ts, received_at, properties, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING";

    private record Row(String messageId, String customerId, String name, long ts, String properties) {
    }

    /** As EventWriter: rows in (customer_id, ts) index order, so each index page is written once per commit. */
    private static final Comparator<Row> INDEX_ORDER = Comparator.comparing(Row::customerId).thenComparingLong(Row::ts);

    private Ceiling() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "insert" -> insert(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "compare" -> compare(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("usage: insert DB TSV COMMIT | compare CEILING_DB SERVER_DB");
        }
    }

    /** Times only the inserts and commits; the file is read into memory first. */
    static void insert(Path db, Path file, int commitEvents) throws IOException, SQLException {
        List<Row> rows = read(file);
        try (Database database = Database.open(Config.defaults().withDatabase("jdbc:sqlite:" + db, "", ""))) {
            database.jdbi().useHandle(handle -> {
                Connection connection = handle.getConnection();
                connection.setAutoCommit(false);
                long started = System.nanoTime();
                long stored = 0;
                for (int from = 0; from < rows.size(); from += commitEvents) {
                    List<Row> group = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + commitEvents)));
                    group.sort(INDEX_ORDER);
                    stored += writeGroup(connection, group);
                    connection.commit();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                connection.setAutoCommit(true);
                String key = "ceiling" + commitEvents;
                System.out.printf(Locale.ROOT, "%s.events=%d%n%s.stored=%d%n%s.seconds=%.2f%n%s.events_per_s=%.0f%n",
                        key, rows.size(), key, stored, key, seconds, key, rows.size() / seconds);
            });
        }
    }

    /** What EventWriter does for a group of identified track events: customers first, then events. */
    private static long writeGroup(Connection connection, List<Row> group) throws SQLException {
        long now = System.currentTimeMillis();
        Set<String> customerIds = new LinkedHashSet<>();
        group.forEach(row -> customerIds.add(row.customerId()));
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CUSTOMER)) {
            for (String id : customerIds) {
                insert.setString(1, id);
                insert.setLong(2, now);
                insert.setLong(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (Row row : group) {
                insert.setString(1, row.messageId());
                insert.setString(2, row.customerId());
                insert.setString(3, null);
                insert.setString(4, "track");
                insert.setString(5, row.name());
                insert.setLong(6, row.ts());
                insert.setLong(7, now);
                insert.setString(8, row.properties());
                insert.setString(9, "{}");
                insert.addBatch();
            }
            long stored = 0;
            for (int count : insert.executeBatch()) {
                stored += count != 0 ? 1 : 0;
            }
            return stored;
        }
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>(1_000_000);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", 5);
                rows.add(new Row(f[0], f[1], f[2], Long.parseLong(f[3]), f[4]));
            }
        }
        return rows;
    }

    /** Counts ceiling rows that the server stored with equal values (the server may hold more). */
    static void compare(Path ceiling, Path server) throws SQLException {
        try (Database database = Database.open(Config.defaults().withDatabase("jdbc:sqlite:" + ceiling, "", ""))) {
            database.jdbi().useHandle(handle -> {
                try (Statement statement = handle.getConnection().createStatement()) {
                    statement.execute("ATTACH DATABASE '" + server.toString().replace("'", "''") + "' AS server");
                    long rows = count(statement, "SELECT count(*) FROM events");
                    long equal = count(statement, "SELECT count(*) FROM events c JOIN server.events s USING (message_id)"
                            + " WHERE s.customer_id = c.customer_id AND s.name = c.name AND s.ts = c.ts"
                            + " AND s.type = c.type AND s.properties = c.properties AND s.context = c.context");
                    System.out.printf("compare.ceiling_rows=%d%ncompare.equal_in_server=%d%ncompare.same_rows=%s%n",
                            rows, equal, rows == equal);
                }
            });
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
