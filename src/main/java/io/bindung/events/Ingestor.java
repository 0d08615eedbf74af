package io.bindung.events;

import io.bindung.config.Config;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.http.ApiException;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one writer of events. Callers hand over validated events and wait until the transaction
 * holding them has committed (in an {@link EventSink}), so nothing acknowledged can be lost. The
 * writer drains every waiting submission into one transaction (group commit): the more callers
 * wait, the larger and cheaper each commit. When more than {@code queueEvents} events wait,
 * submissions are refused with 429. Completing a caller's future only wakes it, so the writer, the
 * bottleneck, never writes an HTTP answer itself. Thread-safe.
 */
public final class Ingestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final Submission STOP = new Submission(List.of(), null);

    private record Submission(List<NewEvent> events, CompletableFuture<IngestResult> done) {
    }

    private final EventSink sink;
    private final int commitEvents;
    private final int queueEvents;
    private final Semaphore room;
    private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final DistributionSummary commitSizes;
    private final Timer commitTimer;
    /**
     * Submitters share the read lock, so a submitter preempted while adding does not hold up the
     * others (a monitor here queued every request thread behind it); close takes the write lock.
     */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean accepting = true;

    /** The ingestor for the configured database: through the {@link Inbox} on SQLite, direct on PostgreSQL. */
    public static Ingestor open(Database database, Config config, MeterRegistry registry) {
        EventSink sink = database.dialect() == Dialect.SQLITE
                ? Inbox.open(database, config.databaseUrl(), config.ingestCommitEvents(), registry)
                : new EventWriter(database);
        return new Ingestor(sink, config.ingestQueueEvents(), config.ingestCommitEvents(), registry);
    }

    private Ingestor(EventSink sink, int queueEvents, int commitEvents, MeterRegistry registry) {
        this.sink = sink;
        this.commitEvents = commitEvents;
        this.queueEvents = queueEvents;
        this.room = new Semaphore(queueEvents);
        this.commitSizes = DistributionSummary.builder("bindung.ingest.commit.events")
                .description("events per committed transaction").publishPercentileHistogram().register(registry);
        this.commitTimer = Timer.builder("bindung.ingest.commit")
                .description("time to write and commit one group of events").publishPercentileHistogram().register(registry);
        Gauge.builder("bindung.ingest.queue.events", this, Ingestor::waitingEvents)
                .description("events waiting for the writer").register(registry);
        this.thread = new Thread(this::run, "event-writer");
        this.thread.start();
    }

    /**
     * Queues events for the writer and waits until they are committed.
     *
     * @throws ApiException.TooManyRequests when the queue is full
     * @throws ApiException.Unavailable     when the server is shutting down or the events could not be stored
     */
    public IngestResult store(List<NewEvent> events) {
        try {
            return submit(events).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ApiException problem ? problem : e;
        }
    }

    private CompletableFuture<IngestResult> submit(List<NewEvent> events) {
        CompletableFuture<IngestResult> done = new CompletableFuture<>();
        if (!room.tryAcquire(events.size())) {
            throw new ApiException.TooManyRequests("The ingestion queue is full; retry shortly.", 1);
        }
        lifecycle.readLock().lock();
        try {
            if (!accepting) {
                room.release(events.size());
                throw new ApiException.Unavailable("The server is shutting down; retry on another node or later.");
            }
            queue.add(new Submission(List.copyOf(events), done));
        } finally {
            lifecycle.readLock().unlock();
        }
        return done;
    }

    /**
     * True while events come faster than a trickle: more than a tenth of one commit waits to be
     * stored, as during a bulk import. Background work that can wait (the send-time profiles'
     * catch-up) waits then, so the import is stored at full speed and caught up with after.
     */
    public boolean busy() {
        return waitingEvents() + sink.unstored() > commitEvents / 10;
    }

    /** Returns once every event acknowledged before the call can be read (see {@link EventSink#awaitStored()}). */
    public void awaitStored() {
        sink.awaitStored();
    }

    int waitingEvents() {
        return queueEvents - room.availablePermits();
    }

    private void run() {
        List<Submission> group = new ArrayList<>();
        while (true) {
            Submission first = take();
            if (first == STOP) {
                return;
            }
            group.add(first);
            int events = first.events().size();
            boolean stop = false;
            while (events < commitEvents) {
                Submission next = queue.peek();
                if (next == null || events + next.events().size() > commitEvents) {
                    break;
                }
                queue.poll();
                if (next == STOP) {
                    stop = true;
                    break;
                }
                group.add(next);
                events += next.events().size();
            }
            commit(group, events);
            group.clear();
            if (stop) {
                return;
            }
        }
    }

    private Submission take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STOP;
        }
    }

    private void commit(List<Submission> group, int events) {
        List<NewEvent> all = new ArrayList<>(events);
        group.forEach(submission -> all.addAll(submission.events()));
        try {
            boolean[] stored = commitTimer.recordCallable(() -> sink.write(all));
            commitSizes.record(events);
            complete(group, stored);
        } catch (Exception e) {
            LOG.warn("a group of {} events failed to commit; retrying each submission alone", events, e);
            group.forEach(this::commitAlone);
        } finally {
            room.release(events);
        }
    }

    private void commitAlone(Submission submission) {
        try {
            boolean[] stored = sink.write(submission.events());
            complete(List.of(submission), stored);
        } catch (RuntimeException e) {
            LOG.error("{} events could not be stored", submission.events().size(), e);
            submission.done().completeExceptionally(
                    new ApiException.Unavailable("The events could not be stored; nothing was kept. Retry the request."));
        }
    }

    private void complete(List<Submission> group, boolean[] stored) {
        int offset = 0;
        for (Submission submission : group) {
            int accepted = 0;
            for (int i = 0; i < submission.events().size(); i++) {
                accepted += stored[offset + i] ? 1 : 0;
            }
            offset += submission.events().size();
            IngestResult result = new IngestResult(accepted, submission.events().size() - accepted);
            submission.done().complete(result);
        }
    }

    /** Stops taking submissions, commits everything already queued, then returns. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!accepting) {
                return;
            }
            accepting = false;
            queue.add(STOP);
        } finally {
            lifecycle.writeLock().unlock();
        }
        try {
            thread.join();
            sink.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
