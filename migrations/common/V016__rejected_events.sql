-- Messages dropped from Segment-compatible batches (a batch is not refused for one bad message, so
-- an SDK does not retry it forever), kept for a week so a partner can see what was dropped and why.
CREATE TABLE rejected_events (
    id          TEXT   NOT NULL PRIMARY KEY,
    received_at BIGINT NOT NULL,
    reason      TEXT   NOT NULL,
    message     TEXT   NOT NULL
);
CREATE INDEX rejected_events_received ON rejected_events (received_at, id);
