-- Each customer's first exposure to each experiment, kept as events arrive so results need not
-- search every 'Experiment Viewed' event: the earliest exposure at or after the experiment's
-- current phase start (or, while the customer has none, their earliest before it, which results
-- ignore). Starting an experiment or a phase rebuilds its rows from events (ExperimentStore).
-- Triggers keep it in the same transaction as the event, whichever path writes the event, and when
-- an anonymous visitor's events are adopted by a customer.
CREATE TABLE experiment_exposures (
    experiment_key TEXT   NOT NULL,
    customer_id    TEXT   NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    ts             BIGINT NOT NULL,
    event_id       BIGINT NOT NULL,
    variation      TEXT   NOT NULL,
    PRIMARY KEY (experiment_key, customer_id)
) WITHOUT ROWID;
CREATE INDEX experiment_exposures_arm ON experiment_exposures (experiment_key, variation, ts);
CREATE INDEX experiment_exposures_customer ON experiment_exposures (customer_id);

-- A metric joins its events by name and time to their customers' exposures; with customer_id in
-- the index that join never reads the events' rows for conversion and count metrics.
DROP INDEX events_name_ts;
CREATE INDEX events_name_ts ON events (name, ts, customer_id);

-- Recording an exposure event keeps the earlier exposure of the phase: the view takes the rule
-- once for both triggers below.
CREATE VIEW exposure_records AS SELECT event_id FROM experiment_exposures WHERE 0;
CREATE TRIGGER exposure_records_insert INSTEAD OF INSERT ON exposure_records
BEGIN
    INSERT INTO experiment_exposures (experiment_key, customer_id, ts, event_id, variation)
    SELECT CAST(json_extract(e.properties, '$.experimentId') AS TEXT), e.customer_id, e.ts, e.id,
           CAST(json_extract(e.properties, '$.variationId') AS TEXT)
    FROM events e
    WHERE e.id = NEW.event_id
      AND json_type(e.properties, '$.experimentId') IN ('text', 'integer')
      AND json_type(e.properties, '$.variationId') IN ('text', 'integer')
    ON CONFLICT (experiment_key, customer_id) DO UPDATE
        SET ts = excluded.ts, event_id = excluded.event_id, variation = excluded.variation
        WHERE excluded.ts >= COALESCE((SELECT phase_started_at FROM experiments x WHERE x.experiment_key = excluded.experiment_key), 0)
          AND (experiment_exposures.ts < COALESCE((SELECT phase_started_at FROM experiments x WHERE x.experiment_key = excluded.experiment_key), 0)
               OR excluded.ts < experiment_exposures.ts
               OR (excluded.ts = experiment_exposures.ts AND excluded.event_id < experiment_exposures.event_id));
END;

CREATE TRIGGER events_exposure AFTER INSERT ON events
WHEN NEW.name = 'Experiment Viewed' AND NEW.customer_id IS NOT NULL
BEGIN
    INSERT INTO exposure_records VALUES (NEW.id);
END;

CREATE TRIGGER events_exposure_identified AFTER UPDATE OF customer_id ON events
WHEN NEW.name = 'Experiment Viewed' AND OLD.customer_id IS NULL AND NEW.customer_id IS NOT NULL
BEGIN
    INSERT INTO exposure_records VALUES (NEW.id);
END;

INSERT INTO experiment_exposures (experiment_key, customer_id, ts, event_id, variation)
SELECT experiment_key, customer_id, ts, id, variation FROM (
    SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.experiment_key, f.customer_id
                                   ORDER BY CASE WHEN f.ts >= f.since THEN 0 ELSE 1 END, f.ts, f.id) AS place
    FROM (SELECT CAST(json_extract(v.properties, '$.experimentId') AS TEXT) AS experiment_key, v.customer_id, v.ts, v.id,
                 CAST(json_extract(v.properties, '$.variationId') AS TEXT) AS variation,
                 COALESCE((SELECT x.phase_started_at FROM experiments x
                           WHERE x.experiment_key = CAST(json_extract(v.properties, '$.experimentId') AS TEXT)), 0) AS since
          FROM events v
          WHERE v.name = 'Experiment Viewed' AND v.customer_id IS NOT NULL
            AND json_type(v.properties, '$.experimentId') IN ('text', 'integer')
            AND json_type(v.properties, '$.variationId') IN ('text', 'integer')) f
) ranked WHERE place = 1;
