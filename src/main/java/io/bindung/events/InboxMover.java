package io.bindung.events;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

import java.nio.file.Path;

/**
 * Moves a range of the inbox into the events table with set-based SQL, on one connection of the
 * main database that has the inbox file attached: no row passes through Java. The steps are those
 * of {@link EventWriter} (customers, events once per message id in index order, identify links in
 * arrival order, anonymous history adopted); keep the two in step. Used by one thread.
 */
final class InboxMover implements AutoCloseable {
    private static final String RANGE = " FROM inbox.inbox WHERE seq > :after AND seq <= :upTo";
    private static final String INSERT_CUSTOMERS = "INSERT INTO customers (id, created_at, updated_at)"
            + " SELECT DISTINCT customer_id, :now, :now" + RANGE + " AND customer_id IS NOT NULL"
            + " ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_EVENTS = "INSERT INTO events (message_id, customer_id, anonymous_id, type, name,"
            + " ts, received_at, properties, context)"
            + " SELECT message_id, customer_id, anonymous_id, type, name, ts, received_at, properties, context" + RANGE
            + " ORDER BY customer_id, ts ON CONFLICT (message_id) DO NOTHING";
    private static final String INSERT_IDENTITIES = "INSERT INTO identities (anonymous_id, customer_id, created_at)"
            + " SELECT anonymous_id, customer_id, :now" + RANGE
            + " AND type = 'identify' AND customer_id IS NOT NULL AND anonymous_id IS NOT NULL"
            + " ORDER BY seq ON CONFLICT (anonymous_id) DO NOTHING";
    private static final String ADOPT_ANONYMOUS_HISTORY = "UPDATE events"
            + " SET customer_id = (SELECT customer_id FROM identities WHERE anonymous_id = events.anonymous_id)"
            + " WHERE customer_id IS NULL"
            + " AND anonymous_id IN (SELECT anonymous_id" + RANGE + " AND anonymous_id IS NOT NULL)"
            + " AND anonymous_id IN (SELECT anonymous_id FROM identities)";
    private static final String RECORD_PROGRESS = "UPDATE inbox_progress SET moved_seq = :upTo";

    private final Handle handle;

    private InboxMover(Handle handle) {
        this.handle = handle;
    }

    static InboxMover attach(Jdbi jdbi, Path inbox) {
        Handle handle = jdbi.open();
        // Every statement gets the same three bindings; not all of them use all three.
        handle.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        try {
            // Random inserts into the message id and customer indexes: keep their pages in memory.
            handle.execute("PRAGMA cache_size = -32768");
            // Read-only, or every transaction here would also hold the inbox's write lock, and the
            // writer thread could not append while a move runs.
            handle.createUpdate("ATTACH DATABASE :file AS inbox")
                    .bind("file", inbox.toAbsolutePath().toUri() + "?mode=ro").execute();
            return new InboxMover(handle);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    /** Moves inbox rows {@code after < seq <= upTo} and records {@code upTo}, in one transaction. */
    void move(long after, long upTo) {
        long now = System.currentTimeMillis();
        handle.useTransaction(transaction -> {
            for (String sql : new String[] {INSERT_CUSTOMERS, INSERT_EVENTS, INSERT_IDENTITIES, ADOPT_ANONYMOUS_HISTORY}) {
                transaction.createUpdate(sql).bind("after", after).bind("upTo", upTo).bind("now", now).execute();
            }
            transaction.createUpdate(RECORD_PROGRESS).bind("upTo", upTo).execute();
        });
    }

    @Override
    public void close() {
        try {
            handle.execute("DETACH DATABASE inbox");
        } finally {
            handle.close();
        }
    }
}
