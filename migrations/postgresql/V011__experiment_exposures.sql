-- Each customer's first exposure to each experiment, kept by triggers as events arrive; see the
-- SQLite twin of this migration for the rules.
CREATE TABLE experiment_exposures (
    experiment_key TEXT   NOT NULL,
    customer_id    TEXT   NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    ts             BIGINT NOT NULL,
    event_id       BIGINT NOT NULL,
    variation      TEXT   NOT NULL,
    PRIMARY KEY (experiment_key, customer_id)
);
CREATE INDEX experiment_exposures_arm ON experiment_exposures (experiment_key, variation, ts);
CREATE INDEX experiment_exposures_customer ON experiment_exposures (customer_id);

-- A metric joins its events by name and time to their customers' exposures; with customer_id in
-- the index that join never reads the events' rows for conversion and count metrics.
DROP INDEX events_name_ts;
CREATE INDEX events_name_ts ON events (name, ts, customer_id);

CREATE FUNCTION bindung_record_exposure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF jsonb_typeof(NEW.properties -> 'experimentId') IN ('string', 'number')
        AND jsonb_typeof(NEW.properties -> 'variationId') IN ('string', 'number') THEN
        INSERT INTO experiment_exposures AS current (experiment_key, customer_id, ts, event_id, variation)
        VALUES (NEW.properties ->> 'experimentId', NEW.customer_id, NEW.ts, NEW.id, NEW.properties ->> 'variationId')
        ON CONFLICT (experiment_key, customer_id) DO UPDATE
            SET ts = excluded.ts, event_id = excluded.event_id, variation = excluded.variation
            WHERE excluded.ts >= COALESCE((SELECT phase_started_at FROM experiments x WHERE x.experiment_key = excluded.experiment_key), 0)
              AND (current.ts < COALESCE((SELECT phase_started_at FROM experiments x WHERE x.experiment_key = excluded.experiment_key), 0)
                   OR excluded.ts < current.ts
                   OR (excluded.ts = current.ts AND excluded.event_id < current.event_id));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_exposure AFTER INSERT ON events FOR EACH ROW
    WHEN (NEW.name = 'Experiment Viewed' AND NEW.customer_id IS NOT NULL)
    EXECUTE FUNCTION bindung_record_exposure();
CREATE TRIGGER events_exposure_identified AFTER UPDATE OF customer_id ON events FOR EACH ROW
    WHEN (NEW.name = 'Experiment Viewed' AND OLD.customer_id IS NULL AND NEW.customer_id IS NOT NULL)
    EXECUTE FUNCTION bindung_record_exposure();

INSERT INTO experiment_exposures (experiment_key, customer_id, ts, event_id, variation)
SELECT experiment_key, customer_id, ts, id, variation FROM (
    SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.experiment_key, f.customer_id
                                   ORDER BY CASE WHEN f.ts >= f.since THEN 0 ELSE 1 END, f.ts, f.id) AS place
    FROM (SELECT v.properties ->> 'experimentId' AS experiment_key, v.customer_id, v.ts, v.id,
                 v.properties ->> 'variationId' AS variation,
                 COALESCE((SELECT x.phase_started_at FROM experiments x
                           WHERE x.experiment_key = v.properties ->> 'experimentId'), 0) AS since
          FROM events v
          WHERE v.name = 'Experiment Viewed' AND v.customer_id IS NOT NULL
            AND jsonb_typeof(v.properties -> 'experimentId') IN ('string', 'number')
            AND jsonb_typeof(v.properties -> 'variationId') IN ('string', 'number')) f
) ranked WHERE place = 1;
