package io.bindung.db;

import io.bindung.testing.Backend;
import io.bindung.testing.TestDatabase;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteGateTest {
    /** Shorter than the hog's transactions: without the gate, every writer beside it would give up. */
    private static final String PRAGMAS = "?journal_mode=WAL&busy_timeout=200&transaction_mode=IMMEDIATE";
    private static final long HOG_HOLDS_MILLIS = 300;

    private TestDatabase file;
    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        file = Backend.SQLITE.create();
        database = Database.open(file.config("unused").withDatabase(file.url() + PRAGMAS, "", ""));
        jdbi = database.jdbi();
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, by TEXT NOT NULL)"));
    }

    @AfterEach
    void close() {
        database.close();
        file.close();
    }

    @Test
    void eachWaitForATurnIsTimed() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        database.measure(registry);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO notes (by) VALUES ('holder')");
            holding.countDown();
            pause(HOG_HOLDS_MILLIS);
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        long start = System.nanoTime();
        jdbi.useHandle(handle -> handle.execute("INSERT INTO notes (by) VALUES ('waiter')"));
        long waiterTook = System.nanoTime() - start;
        holder.get(10, TimeUnit.SECONDS);

        Timer turns = registry.get("bindung.db.write.turn").timer();
        assertEquals(2, turns.count(), "the holder's turn and the waiter's");
        assertTrue(turns.max(TimeUnit.NANOSECONDS) > 0 && turns.max(TimeUnit.NANOSECONDS) <= waiterTook,
                "the waiter waited while the holder held its turn: " + turns.max(TimeUnit.MILLISECONDS) + " ms");
    }

    @Test
    void writersBesideOneThatCommitsAndBeginsAgainAtOnceGetTheirTurn() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch hogging = new CountDownLatch(1);
        CompletableFuture<Integer> hog = CompletableFuture.supplyAsync(() -> {
            int transactions = 0;
            while (!stop.get()) {
                jdbi.useTransaction(handle -> {
                    handle.execute("INSERT INTO notes (by) VALUES ('hog')");
                    hogging.countDown();
                    pause(HOG_HOLDS_MILLIS);
                });
                transactions++;
            }
            return transactions;
        });
        assertTrue(hogging.await(10, TimeUnit.SECONDS));
        for (int round = 0; round < 3; round++) {
            jdbi.useHandle(handle -> handle.execute("INSERT INTO notes (by) VALUES ('statement')"));
            jdbi.useTransaction(handle -> handle.execute("INSERT INTO notes (by) VALUES ('transaction')"));
            String returned = jdbi.withHandle(handle -> handle.createQuery(
                    "UPDATE notes SET by = 'returning' WHERE id = (SELECT max(id) FROM notes WHERE by = 'transaction') RETURNING by")
                    .mapTo(String.class).one());
            assertEquals("returning", returned);
        }
        stop.set(true);
        int hogTransactions = hog.get(10, TimeUnit.SECONDS);
        assertEquals(3, count("statement"));
        assertEquals(3, count("returning"));
        assertEquals(hogTransactions, count("hog"));
        assertTrue(hogTransactions >= 2, "the hog kept writing while the others took their turns: " + hogTransactions);
    }

    @Test
    void aWriteThatFailsGivesUpItsTurn() throws Exception {
        jdbi.useHandle(handle -> handle.execute("INSERT INTO notes (id, by) VALUES (1, 'first')"));
        assertThrows(RuntimeException.class,
                () -> jdbi.useHandle(handle -> handle.execute("INSERT INTO notes (id, by) VALUES (1, 'again')")));
        assertThrows(IllegalStateException.class, () -> jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO notes (id, by) VALUES (2, 'rolled back')");
            throw new IllegalStateException("the caller gives up");
        }));
        // Another thread: only another thread would wait for a turn never given back.
        CompletableFuture.runAsync(() -> jdbi.useTransaction(handle -> handle.execute("INSERT INTO notes (id, by) VALUES (3, 'next')")))
                .get(10, TimeUnit.SECONDS);
        assertEquals(1, count("first"));
        assertEquals(0, count("rolled back"));
        assertEquals(1, count("next"));
    }

    @Test
    void aSecondConnectionThatWouldWaitForTheFirstFailsAtOnceWhileNestedCallsJoinTheTransaction() {
        try (Handle first = jdbi.open(); Handle second = jdbi.open()) {
            IllegalStateException waitingForItself = assertThrows(IllegalStateException.class, () -> first.useTransaction(outer -> {
                outer.execute("INSERT INTO notes (by) VALUES ('outer')");
                second.execute("INSERT INTO notes (by) VALUES ('second')");
            }));
            assertTrue(waitingForItself.getMessage().contains("second connection"), waitingForItself.getMessage());
        }
        // Jdbi gives a nested call on the same thread the handle already open, so it joins the transaction.
        jdbi.useTransaction(outer -> jdbi.useTransaction(nested -> nested.execute("INSERT INTO notes (by) VALUES ('nested')")));
        assertEquals(0, count("outer"));
        assertEquals(0, count("second"));
        assertEquals(1, count("nested"));
    }

    @ParameterizedTest
    @CsvSource({"INSERT INTO a VALUES (1), true", "'  update a SET b = 1', true", "DELETE FROM a, true",
            "REPLACE INTO a VALUES (1), true", "SELECT 1, false", "PRAGMA cache_size = -1, false",
            "'\n  SELECT * FROM a', false", "'', false"})
    void writesAreTheStatementsThatChangeRows(String sql, boolean writes) {
        assertEquals(writes, WriteGate.writes(sql));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int count(String by) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM notes WHERE by = :by")
                .bind("by", by).mapTo(Integer.class).one());
    }
}
