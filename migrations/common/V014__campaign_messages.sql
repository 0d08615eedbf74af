-- Each campaign message's delivery and engagement events (sent, delivered, opened, clicked, …):
-- one row per message and event name with its latest time, kept by a trigger in the event's
-- transaction (V015), so campaign stats count messages with an index instead of reading the JSON of
-- every email event. Events without a text campaignId and messageKey are not campaign messages.
CREATE TABLE campaign_messages (
    campaign_id TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    message_key TEXT   NOT NULL,
    customer_id TEXT   REFERENCES customers (id) ON DELETE CASCADE,
    ts          BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, name, message_key)
);
CREATE INDEX campaign_messages_since ON campaign_messages (campaign_id, name, ts);
CREATE INDEX campaign_messages_customer ON campaign_messages (customer_id);
