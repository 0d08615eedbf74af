package io.bindung.events;

import io.bindung.db.Database;
import io.bindung.db.Dialect;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores groups of events in one transaction: creates unknown customers, inserts events once per
 * message id, records identify links and moves anonymous history to the identified customer.
 * The PostgreSQL sink, used by the {@link Ingestor}'s single writer thread; {@link InboxMover} does
 * the same steps on SQLite. The hot inserts use plain JDBC batches because they run for every
 * event the server takes.
 */
final class EventWriter implements EventSink {
    /** Inserting in index order touches each index page once per group instead of at random. */
    private static final Comparator<NewEvent> INDEX_ORDER = Comparator
            .comparing(NewEvent::customerId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(NewEvent::timestamp);

    private static final String INSERT_CUSTOMER =
            "INSERT INTO customers (id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_IDENTITY =
            "INSERT INTO identities (anonymous_id, customer_id, created_at) VALUES (?, ?, ?) ON CONFLICT (anonymous_id) DO NOTHING";
    private static final String ADOPT_ANONYMOUS_HISTORY =
            "UPDATE events SET customer_id = (SELECT customer_id FROM identities WHERE anonymous_id = ?)"
                    + " WHERE customer_id IS NULL AND anonymous_id = ?"
                    + " AND EXISTS (SELECT 1 FROM identities WHERE anonymous_id = ?)";

    private final Jdbi jdbi;
    private final String insertEvent;

    EventWriter(Database database) {
        this.jdbi = database.jdbi();
        String json = database.dialect() == Dialect.POSTGRESQL ? "CAST(? AS jsonb)" : "?";
        this.insertEvent = "INSERT INTO events (message_id, customer_id, anonymous_id, type, name, ts, received_at,"
                + " properties, context) VALUES (?, ?, ?, ?, ?, ?, ?, " + json + ", " + json + ")"
                + " ON CONFLICT (message_id) DO NOTHING";
    }

    @Override
    public boolean[] write(List<NewEvent> events) {
        return jdbi.inTransaction(handle -> {
            try {
                return insertAll(handle.getConnection(), events);
            } catch (SQLException e) {
                throw new IllegalStateException("storing " + events.size() + " events failed", e);
            }
        });
    }

    /** Nothing waits: a group is in the events table when {@link #write(List)} returns. */
    @Override
    public void awaitStored() {
    }

    @Override
    public long unstored() {
        return 0;
    }

    @Override
    public void close() {
    }

    private boolean[] insertAll(Connection connection, List<NewEvent> events) throws SQLException {
        long now = System.currentTimeMillis();
        insertCustomers(connection, events, now);
        boolean[] stored = insertEvents(connection, events);
        linkIdentities(connection, events, now);
        return stored;
    }

    private static void insertCustomers(Connection connection, List<NewEvent> events, long now) throws SQLException {
        Set<String> customerIds = new LinkedHashSet<>();
        for (NewEvent event : events) {
            if (event.customerId() != null) {
                customerIds.add(event.customerId());
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CUSTOMER)) {
            for (String id : customerIds) {
                insert.setString(1, id);
                insert.setLong(2, now);
                insert.setLong(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private boolean[] insertEvents(Connection connection, List<NewEvent> events) throws SQLException {
        Integer[] order = new Integer[events.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(events::get, INDEX_ORDER));
        try (PreparedStatement insert = connection.prepareStatement(insertEvent)) {
            for (int index : order) {
                bindColumns(insert, events.get(index));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            boolean[] stored = new boolean[events.size()];
            for (int i = 0; i < counts.length; i++) {
                stored[order[i]] = counts[i] != 0;
            }
            return stored;
        }
    }

    /**
     * Binds an event to parameters 1–9 in the column order both event inserts use (this one and
     * the inbox's): message_id, customer_id, anonymous_id, type, name, ts, received_at, properties, context.
     */
    static void bindColumns(PreparedStatement insert, NewEvent event) throws SQLException {
        insert.setString(1, event.messageId());
        insert.setString(2, event.customerId());
        insert.setString(3, event.anonymousId());
        insert.setString(4, event.type().label());
        insert.setString(5, event.name());
        insert.setLong(6, event.timestamp().toEpochMilli());
        insert.setLong(7, event.receivedAt().toEpochMilli());
        insert.setString(8, event.properties());
        insert.setString(9, event.context());
    }

    private static void linkIdentities(Connection connection, List<NewEvent> events, long now) throws SQLException {
        List<NewEvent> links = new ArrayList<>();
        Set<String> anonymousIds = new LinkedHashSet<>();
        for (NewEvent event : events) {
            if (event.linksIdentity()) {
                links.add(event);
            }
            if (event.anonymousId() != null) {
                anonymousIds.add(event.anonymousId());
            }
        }
        if (anonymousIds.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IDENTITY)) {
            for (NewEvent link : links) {
                insert.setString(1, link.anonymousId());
                insert.setString(2, link.customerId());
                insert.setLong(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement adopt = connection.prepareStatement(ADOPT_ANONYMOUS_HISTORY)) {
            for (String anonymousId : anonymousIds) {
                adopt.setString(1, anonymousId);
                adopt.setString(2, anonymousId);
                adopt.setString(3, anonymousId);
                adopt.addBatch();
            }
            adopt.executeBatch();
        }
    }
}
