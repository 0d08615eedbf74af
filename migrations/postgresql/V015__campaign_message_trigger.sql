-- Keeps campaign_messages (V014) as events arrive, and fills it from the events already stored.
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
