package io.bindung.segments;

import io.bindung.db.Database;
import io.bindung.db.Dialect;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the {@code orders} table (migration V013) in step with the purchase events: triggers on
 * {@code events} add a row in the event's own transaction, whichever path writes it (ingest, an
 * anonymous visitor's history adopted at identify), and link it to the customer's neighbouring
 * orders; a deleted customer's orders go with them. The triggers are written here, not in a
 * migration, because the purchase event and its revenue property are configuration; when they
 * differ from what the rows were built for, {@link #install} rebuilds the rows from the events.
 */
public final class OrderBook {
    private OrderBook() {
    }

    /** Writes the triggers for {@code purchases} and rebuilds the orders when they were built for another definition. */
    public static void install(Database database, Purchases purchases) {
        Triggers triggers = database.dialect() == Dialect.POSTGRESQL ? new Postgres(purchases) : new Sqlite(purchases);
        database.jdbi().useTransaction(handle -> {
            if (database.dialect() == Dialect.POSTGRESQL) {
                handle.execute("LOCK TABLE order_book IN EXCLUSIVE MODE");
            }
            triggers.drop().forEach(handle::execute);
            if (!builtFor(handle).equals(Optional.of(purchases))) {
                rebuild(handle, triggers.order("e"), purchases);
            }
            triggers.create().forEach(handle::execute);
        });
    }

    /** Changes whenever an order is added or removed; read in the transaction that reads the orders. */
    public static long version(Handle handle) {
        return handle.createQuery("SELECT version FROM order_book").mapTo(Long.class).findOne().orElse(0L);
    }

    private static Optional<Purchases> builtFor(Handle handle) {
        return handle.createQuery("SELECT purchase_event, revenue_property FROM order_book")
                .map((rs, ctx) -> new Purchases(rs.getString(1), rs.getString(2))).findOne();
    }

    private static void rebuild(Handle handle, String order, Purchases purchases) {
        handle.execute("DELETE FROM orders");
        handle.createUpdate("INSERT INTO orders (event_id, customer_id, ts, revenue, products, previous_ts, next_ts)"
                        + " SELECT e.id, e.customer_id, e.ts, " + order + ", LAG(e.ts) OVER w, LEAD(e.ts) OVER w FROM events e"
                        + " WHERE e.name = :event AND e.customer_id IS NOT NULL WINDOW w AS (PARTITION BY e.customer_id ORDER BY e.ts, e.id)")
                .bind("event", purchases.event()).execute();
        long version = version(handle) + 1;
        handle.execute("DELETE FROM order_book");
        handle.createUpdate("INSERT INTO order_book (purchase_event, revenue_property, version) VALUES (:event, :revenue, :version)")
                .bind("event", purchases.event()).bind("revenue", purchases.revenueProperty()).bind("version", version).execute();
    }

    /** The trigger DDL of one database, run at every start: triggers are dropped, the rows rebuilt if need be, triggers created. */
    private sealed interface Triggers {
        List<String> drop();

        List<String> create();

        /** The revenue (NULL when not a number) and products of the purchase event aliased {@code alias}, as two columns. */
        String order(String alias);
    }

    private record Sqlite(Purchases purchases) implements Triggers {
        @Override
        public List<String> drop() {
            return List.of("DROP TRIGGER IF EXISTS events_order", "DROP TRIGGER IF EXISTS events_order_identified",
                    "DROP TRIGGER IF EXISTS orders_removed", "DROP VIEW IF EXISTS order_records");
        }

        @Override
        public List<String> create() {
            String event = literal(purchases.event());
            String neighbour = "(SELECT p.event_id FROM orders p JOIN orders o ON o.event_id = NEW.event_id AND p.customer_id = o.customer_id"
                    + " WHERE (p.ts, p.event_id) %s (o.ts, o.event_id) ORDER BY p.ts %s, p.event_id %s LIMIT 1)";
            return List.of(
                    // One body for both ways an event becomes a customer's purchase; the view only carries the event id.
                    "CREATE VIEW order_records AS SELECT event_id FROM orders WHERE 0",
                    "CREATE TRIGGER order_records_insert INSTEAD OF INSERT ON order_records BEGIN"
                            + " INSERT INTO orders (event_id, customer_id, ts, revenue, products, previous_ts, next_ts)"
                            + " SELECT e.id, e.customer_id, e.ts, " + order("e") + ","
                            + " (SELECT MAX(p.ts) FROM orders p WHERE p.customer_id = e.customer_id AND (p.ts, p.event_id) < (e.ts, e.id)),"
                            + " (SELECT MIN(n.ts) FROM orders n WHERE n.customer_id = e.customer_id AND (n.ts, n.event_id) > (e.ts, e.id))"
                            + " FROM events e WHERE e.id = NEW.event_id;"
                            + " UPDATE orders SET next_ts = (SELECT ts FROM orders WHERE event_id = NEW.event_id)"
                            + " WHERE event_id = " + neighbour.formatted("<", "DESC", "DESC") + ";"
                            + " UPDATE orders SET previous_ts = (SELECT ts FROM orders WHERE event_id = NEW.event_id)"
                            + " WHERE event_id = " + neighbour.formatted(">", "ASC", "ASC") + ";"
                            + " UPDATE order_book SET version = version + 1; END",
                    "CREATE TRIGGER events_order AFTER INSERT ON events WHEN NEW.name = " + event + " AND NEW.customer_id IS NOT NULL"
                            + " BEGIN INSERT INTO order_records VALUES (NEW.id); END",
                    "CREATE TRIGGER events_order_identified AFTER UPDATE OF customer_id ON events WHEN NEW.name = " + event
                            + " AND OLD.customer_id IS NULL AND NEW.customer_id IS NOT NULL BEGIN INSERT INTO order_records VALUES (NEW.id); END",
                    "CREATE TRIGGER orders_removed AFTER DELETE ON orders BEGIN UPDATE order_book SET version = version + 1; END");
        }

        @Override
        public String order(String alias) {
            String properties = alias + ".properties";
            return RuleSql.of(Dialect.SQLITE).number(properties, JsonPath.parse(purchases.revenueProperty()))
                    + ", (CASE WHEN json_type(" + properties + ", '$.products') = 'array' AND json_array_length(" + properties
                    + ", '$.products') > 0 THEN (SELECT SUM(CASE WHEN json_type(p.value, '$.quantity') IN ('integer', 'real')"
                    + " THEN json_extract(p.value, '$.quantity') ELSE 1 END) FROM json_each(" + properties + ", '$.products') p) ELSE 1 END)";
        }
    }

    private record Postgres(Purchases purchases) implements Triggers {
        @Override
        public List<String> drop() {
            return List.of("DROP TRIGGER IF EXISTS events_order ON events", "DROP TRIGGER IF EXISTS events_order_identified ON events",
                    "DROP TRIGGER IF EXISTS orders_removed ON orders");
        }

        @Override
        public List<String> create() {
            String event = literal(purchases.event());
            return List.of(
                    "CREATE OR REPLACE FUNCTION bindung_record_order() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " DECLARE earlier orders%ROWTYPE; later orders%ROWTYPE; BEGIN"
                            + " SELECT * INTO earlier FROM orders WHERE customer_id = NEW.customer_id AND (ts, event_id) < (NEW.ts, NEW.id)"
                            + " ORDER BY ts DESC, event_id DESC LIMIT 1;"
                            + " SELECT * INTO later FROM orders WHERE customer_id = NEW.customer_id AND (ts, event_id) > (NEW.ts, NEW.id)"
                            + " ORDER BY ts, event_id LIMIT 1;"
                            + " INSERT INTO orders (event_id, customer_id, ts, revenue, products, previous_ts, next_ts)"
                            + " SELECT NEW.id, NEW.customer_id, NEW.ts, " + order("NEW") + ", earlier.ts, later.ts;"
                            + " UPDATE orders SET next_ts = NEW.ts WHERE event_id = earlier.event_id;"
                            + " UPDATE orders SET previous_ts = NEW.ts WHERE event_id = later.event_id;"
                            + " UPDATE order_book SET version = version + 1;"
                            + " RETURN NULL; END $$",
                    "CREATE OR REPLACE FUNCTION bindung_count_order_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " BEGIN UPDATE order_book SET version = version + 1; RETURN NULL; END $$",
                    "CREATE TRIGGER events_order AFTER INSERT ON events FOR EACH ROW"
                            + " WHEN (NEW.name = " + event + " AND NEW.customer_id IS NOT NULL) EXECUTE FUNCTION bindung_record_order()",
                    "CREATE TRIGGER events_order_identified AFTER UPDATE OF customer_id ON events FOR EACH ROW"
                            + " WHEN (NEW.name = " + event + " AND OLD.customer_id IS NULL AND NEW.customer_id IS NOT NULL)"
                            + " EXECUTE FUNCTION bindung_record_order()",
                    "CREATE TRIGGER orders_removed AFTER DELETE ON orders FOR EACH STATEMENT EXECUTE FUNCTION bindung_count_order_change()");
        }

        @Override
        public String order(String alias) {
            String properties = alias + ".properties";
            return RuleSql.of(Dialect.POSTGRESQL).number(properties, JsonPath.parse(purchases.revenueProperty()))
                    + ", (CASE WHEN jsonb_typeof(" + properties + " -> 'products') = 'array' AND jsonb_array_length(" + properties
                    + " -> 'products') > 0 THEN (SELECT SUM(CASE WHEN jsonb_typeof(p -> 'quantity') = 'number'"
                    + " THEN CAST(p ->> 'quantity' AS double precision) ELSE 1 END) FROM jsonb_array_elements(" + properties
                    + " -> 'products') p) ELSE 1 END)";
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
