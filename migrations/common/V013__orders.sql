-- The purchase events as a narrow table, so retention, cohorts, RFM and customer value read a few
-- columns of the orders instead of parsing every event's JSON. Which event is a purchase and which
-- property holds its revenue are configuration, so the triggers that keep this table are written at
-- start by OrderBook, which also rebuilds the rows when that configuration changes.
-- previous_ts and next_ts are the customer's neighbouring orders in (ts, event_id) order: the first
-- order has no previous one, and a customer exists for retention from an order until the next one
-- or until they lapse.
CREATE TABLE orders (
    event_id    BIGINT PRIMARY KEY,
    customer_id TEXT   NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    ts          BIGINT NOT NULL,
    revenue     DOUBLE PRECISION,
    products    DOUBLE PRECISION NOT NULL,
    previous_ts BIGINT,
    next_ts     BIGINT
);
-- Per-customer aggregates read this index in order, without touching the rows.
CREATE INDEX orders_customer ON orders (customer_id, ts, revenue, products);
-- Range scans (retention, cohorts) find their columns in the index.
CREATE INDEX orders_ts ON orders (ts, previous_ts, next_ts, customer_id);

-- The configuration the rows and triggers were built for, and a version every change of the orders
-- bumps, so caches of figures over all orders (RFM cut-offs) know when they are stale.
CREATE TABLE order_book (
    purchase_event   TEXT   NOT NULL,
    revenue_property TEXT   NOT NULL,
    version          BIGINT NOT NULL
);
