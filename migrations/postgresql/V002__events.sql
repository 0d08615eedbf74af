-- One row per event. customer_id is NULL while an anonymous visitor is not yet identified.
CREATE TABLE events (
    id           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id   TEXT    NOT NULL,
    customer_id  TEXT    REFERENCES customers (id) ON DELETE CASCADE,
    anonymous_id TEXT,
    type         TEXT    NOT NULL,
    name         TEXT,
    ts           BIGINT  NOT NULL,
    received_at  BIGINT  NOT NULL,
    properties   JSONB   NOT NULL DEFAULT '{}',
    context      JSONB   NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX events_message_id ON events (message_id);
CREATE INDEX events_customer_ts ON events (customer_id, ts);
CREATE INDEX events_name_ts ON events (name, ts);
CREATE INDEX events_unidentified ON events (anonymous_id) WHERE customer_id IS NULL;

-- Which customer an anonymous id turned out to be (first identify wins).
CREATE TABLE identities (
    anonymous_id TEXT   NOT NULL PRIMARY KEY,
    customer_id  TEXT   NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL
);
CREATE INDEX identities_customer ON identities (customer_id);
