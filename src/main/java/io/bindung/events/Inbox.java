package io.bindung.events;

import io.bindung.db.Database;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * SQLite's event sink: the writer thread appends each group to the {@link InboxFile} (cheap,
 * sequential) and answers; a mover thread takes up to {@code moveEvents} events at a time from
 * the inbox into the events table, sorted into index order, in one transaction that also records
 * how far it got ({@code inbox_progress}). Under load the inbox grows and each move gets larger,
 * which is what makes SQLite fast: a 50,000-event transaction writes each index page once, a
 * 500-event one writes nearly one page per event and index.
 *
 * <p>Repeats are found at append time, so the answer can say which events were duplicates: a
 * message id is a repeat if it is waiting in the inbox ({@code pending}) or already in the events
 * table. Pending is checked first, and an id leaves pending only after its move committed, so an
 * id moved in between is still seen in the table. SQLite serves one process, so pending is exact.
 *
 * <p>At most {@code backlogEvents} events wait in the inbox; beyond that the writer thread waits,
 * the ingest queue fills, and callers get 429. Reads that must see every acknowledged event call
 * {@link #awaitStored()}. At start-up whatever a crash left in the inbox is moved before serving.
 */
final class Inbox implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final long AWAIT_STORED_MILLIS = 30_000;
    private static final long CLOSE_MILLIS = 30_000;
    private static final long RETRY_MILLIS = 1_000;
    private static final int LOOKUP_IDS = 500;

    private final InboxFile file;
    private final EventWriter writer;
    private final Jdbi jdbi;
    private final int moveEvents;
    private final int backlogEvents;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final DistributionSummary moveSizes;
    private final Timer moveTimer;
    private final Thread mover;
    /** Guards {@link #appended}, {@link #moved} and {@link #closing}; notified when any changes. */
    private final Object progress = new Object();
    private long appended;
    private long moved;
    private boolean closing;

    private Inbox(InboxFile file, Database database, long moved, int moveEvents, MeterRegistry registry) throws SQLException {
        this.file = file;
        this.writer = new EventWriter(database);
        this.jdbi = database.jdbi();
        this.moveEvents = moveEvents;
        this.backlogEvents = 2 * moveEvents;
        this.moved = moved;
        this.appended = file.lastSeq();
        this.moveSizes = DistributionSummary.builder("bindung.ingest.move.events")
                .description("events moved from the inbox into the events table per transaction")
                .publishPercentileHistogram().register(registry);
        this.moveTimer = Timer.builder("bindung.ingest.move")
                .description("time to move one group of events from the inbox and commit it")
                .publishPercentileHistogram().register(registry);
        Gauge.builder("bindung.ingest.inbox.events", this, Inbox::backlog)
                .description("acknowledged events not yet moved into the events table").register(registry);
        this.mover = new Thread(this::moveUntilClosed, "event-mover");
    }

    /** Opens the inbox of a SQLite database, moves what a crash left in it, and starts the mover. */
    static Inbox open(Database database, String databaseUrl, int moveEvents, MeterRegistry registry) {
        long moved = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT moved_seq FROM inbox_progress").mapTo(Long.class).one());
        Path path = InboxFile.fileFor(databaseUrl);
        try {
            InboxFile file = InboxFile.open(path, moved);
            Inbox inbox = new Inbox(file, database, moved, moveEvents, registry);
            if (inbox.backlog() > 0) {
                LOG.info("moving {} events left in {} into the events table", inbox.backlog(), path);
                while (inbox.moveOnce()) {
                    // until the inbox is empty
                }
            }
            inbox.mover.start();
            return inbox;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the event inbox " + path, e);
        }
    }

    @Override
    public boolean[] write(List<NewEvent> events) {
        awaitRoom(events.size());
        boolean[] fresh = new boolean[events.size()];
        Set<String> inGroup = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).messageId();
            fresh[i] = !pending.contains(id) && inGroup.add(id);
        }
        Set<String> stored = storedMessageIds(inGroup);
        List<NewEvent> kept = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            fresh[i] &= !stored.contains(events.get(i).messageId());
            if (fresh[i]) {
                kept.add(events.get(i));
            }
        }
        // Into pending before the append commits, so the mover can never remove an id before it is added.
        kept.forEach(event -> pending.add(event.messageId()));
        try {
            long last = file.append(kept, movedSeq());
            synchronized (progress) {
                appended = last;
                progress.notifyAll();
            }
        } catch (SQLException | RuntimeException e) {
            kept.forEach(event -> pending.remove(event.messageId()));
            throw new IllegalStateException("appending " + kept.size() + " events to the inbox failed", e);
        }
        return fresh;
    }

    private Set<String> storedMessageIds(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < all.size(); from += LOOKUP_IDS) {
            List<String> some = all.subList(from, Math.min(all.size(), from + LOOKUP_IDS));
            stored.addAll(jdbi.withHandle(handle -> handle
                    .createQuery("SELECT message_id FROM events WHERE message_id IN (<ids>)")
                    .bindList("ids", some).mapTo(String.class).list()));
        }
        return stored;
    }

    private void awaitRoom(int events) {
        synchronized (progress) {
            while (appended > moved && appended - moved + events > backlogEvents) {
                waitForProgress(0);
            }
        }
    }

    @Override
    public void awaitStored() {
        long deadline = System.currentTimeMillis() + AWAIT_STORED_MILLIS;
        synchronized (progress) {
            long target = appended;
            while (moved < target) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    LOG.warn("read without waiting further for {} events still in the inbox", target - moved);
                    return;
                }
                waitForProgress(left);
            }
        }
    }

    private long movedSeq() {
        synchronized (progress) {
            return moved;
        }
    }

    long backlog() {
        synchronized (progress) {
            return appended - moved;
        }
    }

    /** Waits on {@link #progress}, which the caller holds; an interrupt is kept for the caller to see. */
    private void waitForProgress(long millis) {
        try {
            progress.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event inbox", e);
        }
    }

    private void moveUntilClosed() {
        while (true) {
            synchronized (progress) {
                while (moved == appended && !closing) {
                    waitForProgress(0);
                }
                if (moved == appended) {
                    return;
                }
            }
            try {
                moveOnce();
            } catch (RuntimeException | SQLException e) {
                LOG.warn("moving events from the inbox failed; they stay there and the move is retried", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    /** Moves the next group of events from the inbox; false when there was none. */
    private boolean moveOnce() throws SQLException {
        List<InboxFile.Staged> group = file.readAfter(movedSeq(), moveEvents);
        if (group.isEmpty()) {
            return false;
        }
        List<NewEvent> events = new ArrayList<>(group.size());
        group.forEach(staged -> events.add(staged.event()));
        long last = group.get(group.size() - 1).seq();
        moveTimer.record(() -> jdbi.useTransaction(handle -> {
            writer.write(handle, events);
            handle.createUpdate("UPDATE inbox_progress SET moved_seq = :seq").bind("seq", last).execute();
        }));
        moveSizes.record(events.size());
        events.forEach(event -> pending.remove(event.messageId()));
        synchronized (progress) {
            moved = last;
            progress.notifyAll();
        }
        return true;
    }

    private static boolean pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Moves what is left and stops the mover. If that takes too long (the database is locked),
     * the rest stays in the inbox and is moved at the next start.
     */
    @Override
    public void close() {
        synchronized (progress) {
            closing = true;
            progress.notifyAll();
        }
        try {
            mover.join(CLOSE_MILLIS);
            if (mover.isAlive()) {
                LOG.warn("{} events stay in the inbox until the next start", backlog());
                mover.interrupt();
                mover.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        file.close();
    }
}
