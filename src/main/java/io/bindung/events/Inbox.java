package io.bindung.events;

import io.bindung.db.Database;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * SQLite's event sink: the writer thread appends each group to the {@link InboxFile} (cheap,
 * sequential) and answers; a mover thread moves up to {@code moveEvents} events at a time from the
 * inbox into the events table in one transaction ({@link InboxMover}) that also records how far it
 * got. Under load the inbox grows and each move gets larger, which is what makes SQLite fast: a
 * 50,000-event transaction writes each index page about once, a 500-event one nearly one page per
 * event and index.
 *
 * <p>Repeats are found at append time, so the answer can say which events were duplicates: a
 * message id is a repeat if it is waiting in the inbox ({@code pending}) or already in the events
 * table. Pending is checked first, and an id leaves pending only after its move committed, so an
 * id moved in between is still seen in the table. SQLite serves one process, so pending is exact.
 *
 * <p>At most {@code 2 * moveEvents} events wait in the inbox; beyond that the writer thread waits,
 * the ingest queue fills, and callers get 429. While few events wait, the mover gathers them for
 * up to {@value #GATHER_MILLIS} ms, unless a read is waiting: reads that must see every
 * acknowledged event call {@link #awaitStored()}, which makes the mover go at once. At start-up whatever a crash left in the inbox is moved before serving.
 */
final class Inbox implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final long AWAIT_STORED_MILLIS = 30_000;
    private static final long CLOSE_MILLIS = 30_000;
    private static final long RETRY_MILLIS = 1_000;
    private static final long GATHER_MILLIS = 100;

    /** One committed append: the sequence number of its last event and the message ids it holds. */
    private record Appended(long lastSeq, List<String> messageIds) {
    }

    private final InboxFile file;
    private final InboxMover mover;
    /** The writer thread's own connection for finding repeats, so one page cache holds the message id index. */
    private final Handle lookups;
    private final PreparedStatement lookup;
    private final int moveEvents;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final DistributionSummary moveSizes;
    private final Timer moveTimer;
    private final Thread moverThread;
    /** Guards the fields below; notified whenever {@link #appended} or {@link #moved} changes. */
    private final Object progress = new Object();
    private final ArrayDeque<Appended> unmoved = new ArrayDeque<>();
    private long appended;
    private long moved;
    private int readersWaiting;
    private boolean closing;

    private Inbox(InboxFile file, Database database, long moved, int moveEvents, MeterRegistry registry) throws SQLException {
        this.file = file;
        this.mover = InboxMover.attach(database.jdbi(), file.path());
        this.lookups = database.jdbi().open();
        lookups.execute("PRAGMA cache_size = -8192");
        this.lookup = lookups.getConnection().prepareStatement("SELECT 1 FROM events WHERE message_id = ?");
        this.moveEvents = moveEvents;
        this.moved = moved;
        this.appended = file.lastSeq();
        this.moveSizes = DistributionSummary.builder("bindung.ingest.move.events")
                .description("events moved from the inbox into the events table per transaction")
                .publishPercentileHistogram().register(registry);
        this.moveTimer = Timer.builder("bindung.ingest.move")
                .description("time to move one group of events from the inbox and commit it")
                .publishPercentileHistogram().register(registry);
        Gauge.builder("bindung.ingest.inbox.events", this, Inbox::unstored)
                .description("acknowledged events not yet moved into the events table").register(registry);
        this.moverThread = new Thread(this::moveUntilClosed, "event-mover");
    }

    /** Opens the inbox of a SQLite database, moves what a crash left in it, and starts the mover. */
    static Inbox open(Database database, String databaseUrl, int moveEvents, MeterRegistry registry) {
        long moved = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT moved_seq FROM inbox_progress").mapTo(Long.class).one());
        Path path = InboxFile.fileFor(databaseUrl);
        try {
            Inbox inbox = new Inbox(InboxFile.open(path, moved), database, moved, moveEvents, registry);
            inbox.moveLeftovers();
            inbox.moverThread.start();
            return inbox;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the event inbox " + path, e);
        }
    }

    private void moveLeftovers() {
        if (appended > moved) {
            LOG.info("moving {} events left in {} into the events table", appended - moved, file.path());
        }
        while (appended > moved) {
            long upTo = Math.min(appended, moved + moveEvents);
            mover.move(moved, upTo);
            moved = upTo;
        }
    }

    @Override
    public boolean[] write(List<NewEvent> events) {
        awaitRoom(events.size());
        boolean[] fresh;
        try {
            fresh = fresh(events);
        } catch (SQLException e) {
            throw new IllegalStateException("looking up " + events.size() + " message ids failed", e);
        }
        List<NewEvent> kept = new ArrayList<>(events.size());
        List<String> keptIds = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (fresh[i]) {
                kept.add(events.get(i));
                keptIds.add(events.get(i).messageId());
            }
        }
        if (kept.isEmpty()) {
            return fresh;
        }
        // Into pending before the append commits, so the mover can never remove an id before it is added.
        pending.addAll(keptIds);
        try {
            long last = file.append(kept, movedSeq());
            synchronized (progress) {
                appended = last;
                unmoved.add(new Appended(last, keptIds));
                progress.notifyAll();
            }
        } catch (SQLException | RuntimeException e) {
            keptIds.forEach(pending::remove);
            throw new IllegalStateException("appending " + kept.size() + " events to the inbox failed", e);
        }
        return fresh;
    }

    /** Per event, whether its message id is new: not pending, not earlier in the group, not stored. */
    private boolean[] fresh(List<NewEvent> events) throws SQLException {
        boolean[] fresh = new boolean[events.size()];
        Set<String> inGroup = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).messageId();
            fresh[i] = !pending.contains(id) && inGroup.add(id);
        }
        Set<String> stored = storedMessageIds(inGroup);
        for (int i = 0; i < events.size(); i++) {
            fresh[i] &= !stored.contains(events.get(i).messageId());
        }
        return fresh;
    }

    private Set<String> storedMessageIds(Set<String> ids) throws SQLException {
        Set<String> stored = new HashSet<>();
        for (String id : ids) {
            lookup.setString(1, id);
            try (ResultSet rs = lookup.executeQuery()) {
                if (rs.next()) {
                    stored.add(id);
                }
            }
        }
        return stored;
    }

    private void awaitRoom(int events) {
        synchronized (progress) {
            while (appended > moved && appended - moved + events > 2L * moveEvents) {
                waitForProgress(0);
            }
        }
    }

    @Override
    public void awaitStored() {
        long deadline = System.currentTimeMillis() + AWAIT_STORED_MILLIS;
        synchronized (progress) {
            long target = appended;
            readersWaiting++;
            progress.notifyAll();
            try {
                while (moved < target) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        LOG.warn("read without waiting further for {} events still in the inbox", target - moved);
                        return;
                    }
                    waitForProgress(left);
                }
            } finally {
                readersWaiting--;
            }
        }
    }

    private long movedSeq() {
        synchronized (progress) {
            return moved;
        }
    }

    @Override
    public long unstored() {
        synchronized (progress) {
            return appended - moved;
        }
    }

    /** Waits on {@link #progress}, which the caller holds. */
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
            List<Appended> groups = nextGroups();
            if (groups.isEmpty()) {
                return;
            }
            try {
                move(groups);
            } catch (RuntimeException e) {
                LOG.warn("moving events from the inbox failed; they stay there and the move is retried", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    /** Waits for appended groups and takes as many as fit in one move; none once closed and empty. */
    private List<Appended> nextGroups() {
        synchronized (progress) {
            while (unmoved.isEmpty() && !closing) {
                waitForProgress(0);
            }
            // A trickle of events is gathered for a moment: one larger move costs less than many small ones.
            long gatherUntil = System.currentTimeMillis() + GATHER_MILLIS;
            while (appended - moved < moveEvents / 10 && readersWaiting == 0 && !closing
                    && System.currentTimeMillis() < gatherUntil) {
                waitForProgress(Math.max(1, gatherUntil - System.currentTimeMillis()));
            }
            List<Appended> groups = new ArrayList<>();
            int events = 0;
            for (Appended group : unmoved) {
                if (!groups.isEmpty() && events + group.messageIds().size() > moveEvents) {
                    break;
                }
                groups.add(group);
                events += group.messageIds().size();
            }
            return groups;
        }
    }

    private void move(List<Appended> groups) {
        long after = movedSeq();
        long upTo = groups.get(groups.size() - 1).lastSeq();
        moveTimer.record(() -> mover.move(after, upTo));
        int events = 0;
        for (Appended group : groups) {
            group.messageIds().forEach(pending::remove);
            events += group.messageIds().size();
        }
        moveSizes.record(events);
        synchronized (progress) {
            groups.forEach(group -> unmoved.poll());
            moved = upTo;
            progress.notifyAll();
        }
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
            moverThread.join(CLOSE_MILLIS);
            if (moverThread.isAlive()) {
                LOG.warn("{} events stay in the inbox until the next start", unstored());
                moverThread.interrupt();
                moverThread.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mover.close();
        try {
            lookup.close();
        } catch (SQLException ignored) {
            // closing at shutdown; the connection goes back to a pool that closes next
        }
        lookups.close();
        file.close();
    }
}
