-- Which events changed customer after they were written, so results kept up to date incrementally
-- (ResultsCache) know whose totals to recompute: an anonymous visitor's events adopted by a
-- customer, and a customer deleted (event_id NULL, deleted 1). Only SQLite needs it: its single
-- writer commits events in id order, which is what the incremental results rely on. Rows older
-- than a day are pruned; a cached result older than that is recomputed in full.
CREATE TABLE event_rewrites (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    BIGINT,
    customer_id TEXT   NOT NULL,
    deleted     INTEGER NOT NULL,
    at          BIGINT NOT NULL
);

CREATE TRIGGER events_adopted AFTER UPDATE OF customer_id ON events
WHEN OLD.customer_id IS NULL AND NEW.customer_id IS NOT NULL
BEGIN
    INSERT INTO event_rewrites (event_id, customer_id, deleted, at)
    VALUES (NEW.id, NEW.customer_id, 0, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

CREATE TRIGGER customers_deleted AFTER DELETE ON customers
BEGIN
    INSERT INTO event_rewrites (event_id, customer_id, deleted, at)
    VALUES (NULL, OLD.id, 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
