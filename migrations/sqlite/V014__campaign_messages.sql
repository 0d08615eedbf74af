-- Each campaign message's delivery and engagement events (sent, delivered, opened, clicked, …):
-- one row per message and event name with its latest time, kept by a trigger in the event's
-- transaction, so campaign stats count messages with an index instead of reading the JSON of every
-- email event. Events without a text campaignId and messageKey are not campaign messages.
CREATE TABLE campaign_messages (
    campaign_id TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    message_key TEXT   NOT NULL,
    customer_id TEXT   REFERENCES customers (id) ON DELETE CASCADE,
    ts          BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, name, message_key)
) WITHOUT ROWID;
CREATE INDEX campaign_messages_since ON campaign_messages (campaign_id, name, ts);
CREATE INDEX campaign_messages_customer ON campaign_messages (customer_id);

CREATE TRIGGER events_campaign_message AFTER INSERT ON events
WHEN NEW.name IS NOT NULL AND json_type(NEW.properties, '$.campaignId') = 'text' AND json_type(NEW.properties, '$.messageKey') = 'text'
BEGIN
    INSERT INTO campaign_messages (campaign_id, name, message_key, customer_id, ts)
    VALUES (json_extract(NEW.properties, '$.campaignId'), NEW.name, json_extract(NEW.properties, '$.messageKey'), NEW.customer_id, NEW.ts)
    ON CONFLICT (campaign_id, name, message_key) DO UPDATE SET ts = MAX(campaign_messages.ts, excluded.ts);
END;

INSERT INTO campaign_messages (campaign_id, name, message_key, customer_id, ts)
SELECT json_extract(properties, '$.campaignId'), name, json_extract(properties, '$.messageKey'), MAX(customer_id), MAX(ts)
FROM events
WHERE name IS NOT NULL AND json_type(properties, '$.campaignId') = 'text' AND json_type(properties, '$.messageKey') = 'text'
GROUP BY json_extract(properties, '$.campaignId'), name, json_extract(properties, '$.messageKey');
