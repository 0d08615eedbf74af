-- Which engagement of each campaign message the send-time profiles count (sendtime.FirstEngagements):
-- a message shows when its customer was around once, by its first engagement; a click minutes after
-- the open, or a second open, repeats that hour. Rows are pruned a month after the engagement they hold.
CREATE TABLE engagement_messages (
    message_key TEXT             NOT NULL,
    campaign_id TEXT             NOT NULL,
    channel     TEXT             NOT NULL,
    customer_id TEXT             NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    ts          BIGINT           NOT NULL,
    weight      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (message_key, campaign_id, channel)
);
CREATE INDEX engagement_messages_ts ON engagement_messages (ts);
CREATE INDEX engagement_messages_customer ON engagement_messages (customer_id);
-- From this version engagement_profiles.hours (V017) holds 216 float32, 864 bytes: the 168 hours'
-- engagement, then the exposure of the 48 hours of a weekday and a weekend day to sends
-- (sendtime.EngagementProfile); profiles of the older layout are rebuilt from the events at start.
