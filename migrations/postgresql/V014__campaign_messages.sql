-- Each campaign message's delivery and engagement events, one row per message and event name with
-- its latest time, kept by a trigger; see the SQLite twin of this migration.
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

CREATE FUNCTION bindung_record_campaign_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO campaign_messages (campaign_id, name, message_key, customer_id, ts)
    VALUES (NEW.properties ->> 'campaignId', NEW.name, NEW.properties ->> 'messageKey', NEW.customer_id, NEW.ts)
    ON CONFLICT (campaign_id, name, message_key) DO UPDATE SET ts = GREATEST(campaign_messages.ts, excluded.ts);
    RETURN NULL;
END
$$;

CREATE TRIGGER events_campaign_message AFTER INSERT ON events FOR EACH ROW
    WHEN (NEW.name IS NOT NULL AND jsonb_typeof(NEW.properties -> 'campaignId') = 'string'
          AND jsonb_typeof(NEW.properties -> 'messageKey') = 'string')
    EXECUTE FUNCTION bindung_record_campaign_message();

INSERT INTO campaign_messages (campaign_id, name, message_key, customer_id, ts)
SELECT properties ->> 'campaignId', name, properties ->> 'messageKey', MAX(customer_id), MAX(ts)
FROM events
WHERE name IS NOT NULL AND jsonb_typeof(properties -> 'campaignId') = 'string' AND jsonb_typeof(properties -> 'messageKey') = 'string'
GROUP BY properties ->> 'campaignId', name, properties ->> 'messageKey';
