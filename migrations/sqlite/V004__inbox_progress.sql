-- How far the SQLite event inbox (the side file <database>.inbox) has been moved into events:
-- every inbox row up to moved_seq is in the events table. Updated in the same transaction as the move.
CREATE TABLE inbox_progress (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    moved_seq BIGINT  NOT NULL
);
INSERT INTO inbox_progress (id, moved_seq) VALUES (1, 0);
