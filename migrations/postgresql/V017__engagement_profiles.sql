-- Send-time engagement profiles, kept incrementally (sendtime.ProfileBook): per customer and channel,
-- 168 float32 weights (little-endian) over the hours of the week on the customer's clock, each an
-- engagement's weight times 2^((ts - scale_at) / half-life), so adding an event is O(1) and needs no
-- decay of the others. The queue holds engagement events not yet applied (filled by triggers written
-- at start, because which events count is configuration); profile_book what the profiles were built for.
CREATE TABLE engagement_profiles (
    customer_id TEXT   NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel     TEXT   NOT NULL,
    timezone    TEXT   NOT NULL,
    scale_at    BIGINT NOT NULL,
    hours       BYTEA  NOT NULL,
    PRIMARY KEY (customer_id, channel)
);
CREATE TABLE engagement_queue (
    event_id BIGINT NOT NULL PRIMARY KEY
);
CREATE TABLE profile_book (
    built_for TEXT NOT NULL
);
