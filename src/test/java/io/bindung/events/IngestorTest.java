package io.bindung.events;

import io.bindung.config.Config;
import io.bindung.db.Database;
import io.bindung.db.Migrations;
import io.bindung.testing.Backend;
import io.bindung.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest is busy while more than a tenth of one commit waits to be stored, whichever backend stores it. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class IngestorTest {
    private static final int COMMIT_EVENTS = 1000;

    @Parameter
    Backend backend;

    @Test
    void busyWhileMoreThanATenthOfACommitWaitsToBeStored() throws Exception {
        try (TestDatabase file = backend.create()) {
            Config config = file.config("unused").withIngestLimits(COMMIT_EVENTS, COMMIT_EVENTS);
            try (Database database = Database.open(config)) {
                new Migrations(database).apply();
                try (Ingestor ingestor = Ingestor.open(database, config, new SimpleMeterRegistry())) {
                    assertFalse(ingestor.busy());
                    ingestor.store(events("trickle", COMMIT_EVENTS / 10));
                    awaitBusy(ingestor, false, "a tenth of a commit waiting (in SQLite's inbox) is still a trickle");
                    CompletableFuture<IngestResult> waiting;
                    try (AutoCloseable lock = file.holdEventWriteLock()) {
                        waiting = CompletableFuture.supplyAsync(() -> ingestor.store(events("import", COMMIT_EVENTS / 5)));
                        awaitBusy(ingestor, true, "an import waiting to be stored");
                    }
                    assertEquals(COMMIT_EVENTS / 5, waiting.get(30, TimeUnit.SECONDS).accepted());
                    ingestor.awaitStored();
                    awaitBusy(ingestor, false, "stored, nothing waits");
                }
            }
        }
    }

    private static void awaitBusy(Ingestor ingestor, boolean busy, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ingestor.busy() != busy) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(10);
        }
    }

    private static List<NewEvent> events(String prefix, int count) {
        Instant now = Instant.now();
        List<NewEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new NewEvent(prefix + "-" + i, EventType.TRACK, "Product Viewed", "c" + i, null, now, now, "{}", "{}"));
        }
        return events;
    }
}
