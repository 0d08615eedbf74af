package io.bindung.events;

/**
 * Where the {@link Ingestor}'s writer thread puts each group of events. On PostgreSQL the group
 * goes straight into the events table ({@link EventWriter}); on SQLite it is appended to the
 * {@link Inbox} and moved into the events table in larger transactions, because SQLite's one
 * write lock and its page-per-insert write-ahead log make small commits of random index inserts
 * the bottleneck.
 */
sealed interface EventSink extends AutoCloseable permits EventWriter, Inbox {

    /**
     * Stores a group durably in one transaction, or throws having stored none of it.
     *
     * @return per event, true when it was new and false for a repeat of a known message id
     */
    boolean[] write(java.util.List<NewEvent> events);

    /** Returns once every event written before the call can be read from the events table. */
    void awaitStored();

    /** How many written events cannot be read from the events table yet. */
    long unstored();

    @Override
    void close();
}
