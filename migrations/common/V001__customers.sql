-- Customers are addressed by the caller's own id. Times are epoch milliseconds (UTC).
-- JSONB is PostgreSQL's binary JSON; SQLite only reads the type name (NUMERIC affinity, which
-- keeps JSON object text as text), so one definition serves both databases.
CREATE TABLE customers (
    id                 TEXT    NOT NULL PRIMARY KEY,
    email              TEXT,
    phone              TEXT,
    first_name         TEXT,
    last_name          TEXT,
    timezone           TEXT,
    locale             TEXT,
    attributes         JSONB   NOT NULL DEFAULT '{}',
    email_subscribed   BOOLEAN,
    email_consent_at   BIGINT,
    sms_subscribed     BOOLEAN,
    sms_consent_at     BIGINT,
    push_subscribed    BOOLEAN,
    push_consent_at    BIGINT,
    whatsapp_subscribed BOOLEAN,
    whatsapp_consent_at BIGINT,
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL
);
CREATE INDEX customers_email ON customers (email);
CREATE INDEX customers_created_at ON customers (created_at);
CREATE INDEX customers_updated_at ON customers (updated_at);
