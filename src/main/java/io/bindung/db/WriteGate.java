package io.bindung.db;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * Lets this process's SQLite writers take the database's one write lock in turn. SQLite's own busy
 * handler polls with growing sleeps, so a writer that commits and begins again at once (the event
 * mover under a bulk import, a profile rebuild) keeps winning, and the campaign scheduler, the
 * dispatcher or a request waiting beside it failed with SQLITE_BUSY after {@code busy_timeout}. A
 * fair lock queues them instead: each transaction (IMMEDIATE, so it writes) holds the gate from
 * before BEGIN until it ends, and so does a write statement outside a transaction. Reads take no
 * turn: WAL serves them beside the writer.
 */
final class WriteGate implements StatementCustomizer {
    /**
     * The busy_timeout of {@link Database}'s URL: no writer waits longer than it did before the gate,
     * and a turn takes at most a few of the mover's transactions, about a second each.
     */
    private static final long WAIT_SECONDS = 10;

    private final ReentrantLock turn = new ReentrantLock(true);
    /** Told how many nanoseconds each writer waited for its turn; nobody until {@link #timeWaits}. */
    private volatile LongConsumer waited = nanos -> {
    };

    private WriteGate() {
    }

    /** Makes every transaction and every write statement of {@code jdbi} wait for its turn. */
    static WriteGate install(Jdbi jdbi) {
        WriteGate gate = new WriteGate();
        jdbi.setTransactionHandler(gate.new Transactions(jdbi.getTransactionHandler()));
        jdbi.addCustomizer(gate);
        return gate;
    }

    /** Times every wait for a turn in {@code bindung.db.write.turn}: how long writers queue behind each other. */
    void timeWaits(MeterRegistry registry) {
        Timer waits = Timer.builder("bindung.db.write.turn").description("How long SQLite writers waited for their turn at the write lock")
                .register(registry);
        waited = nanos -> waits.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
        if (context.getConnection().getAutoCommit() && writes(context.getRenderedSql())) {
            enter();
            // Cleanables run when the statement closes: after the last row of an UPDATE … RETURNING,
            // which is when SQLite commits it.
            context.addCleanable(turn::unlock);
        }
    }

    static boolean writes(String sql) {
        String start = sql.stripLeading();
        int end = 0;
        while (end < start.length() && Character.isLetter(start.charAt(end))) {
            end++;
        }
        return switch (start.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "INSERT", "UPDATE", "DELETE", "REPLACE" -> true;
            default -> false;
        };
    }

    private void enter() {
        if (turn.isHeldByCurrentThread()) {
            // The turn is this thread's through another connection, whose write lock this one would wait for forever.
            throw new IllegalStateException("a second connection of this thread would write while its first holds SQLite's write lock");
        }
        long start = System.nanoTime();
        try {
            boolean entered = turn.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
            waited.accept(System.nanoTime() - start);
            if (!entered) {
                throw new IllegalStateException("waited " + WAIT_SECONDS + " s for SQLite's write lock; "
                        + turn.getQueueLength() + " writers are waiting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for SQLite's write lock", e);
        }
    }

    /** Holds the gate around each outermost transaction of a handle; one nested in it is already in its turn. */
    private final class Transactions extends DelegatingTransactionHandler {
        Transactions(TransactionHandler delegate) {
            super(delegate);
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
            return inTurn(handle, h -> super.inTransaction(h, callback));
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                HandleCallback<R, X> callback) throws X {
            return inTurn(handle, h -> super.inTransaction(h, level, callback));
        }

        private <R, X extends Exception> R inTurn(Handle handle, HandleCallback<R, X> transaction) throws X {
            if (isInTransaction(handle)) {
                return transaction.withHandle(handle);
            }
            enter();
            try {
                return transaction.withHandle(handle);
            } finally {
                turn.unlock();
            }
        }

        @Override
        public TransactionHandler specialize(Handle handle) throws SQLException {
            return new Transactions(getDelegate().specialize(handle));
        }
    }
}
