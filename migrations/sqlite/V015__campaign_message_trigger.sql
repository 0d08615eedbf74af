-- Keeps campaign_messages (V014) as events arrive, and fills it from the events already stored.
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
