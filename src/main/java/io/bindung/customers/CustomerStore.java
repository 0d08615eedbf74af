package io.bindung.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.SqlCondition;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers in the database. Thread-safe; every write is one transaction. */
public final class CustomerStore {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final String updateSql;

    /** The customer after an upsert, and whether it was created by it. */
    public record Upserted(Customer customer, boolean created) {
    }

    public CustomerStore(Database database, ObjectMapper mapper, Clock clock) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.mapper = mapper;
        this.clock = clock;
        this.updateSql = updateSql(dialect);
    }

    public Upserted upsert(String id, CustomerUpdate update) {
        return jdbi.inTransaction(handle -> upsert(handle, id, update));
    }

    /** Applies many updates in one transaction (bulk import). */
    public List<Upserted> upsertAll(List<Map.Entry<String, CustomerUpdate>> updates) {
        return jdbi.inTransaction(handle -> {
            List<Upserted> results = new ArrayList<>(updates.size());
            for (Map.Entry<String, CustomerUpdate> update : updates) {
                results.add(upsert(handle, update.getKey(), update.getValue()));
            }
            return results;
        });
    }

    /** Applies a merging update to an existing customer; empty when there is no such customer. */
    public Optional<Customer> merge(String id, CustomerUpdate update) {
        return jdbi.inTransaction(handle -> findForUpdate(handle, id).map(current -> apply(handle, current, update, now())));
    }

    private Upserted upsert(Handle handle, String id, CustomerUpdate update) {
        Instant now = now();
        boolean created = handle.createUpdate(
                        "INSERT INTO customers (id, created_at, updated_at) VALUES (:id, :now, :now) ON CONFLICT (id) DO NOTHING")
                .bind("id", id)
                .bind("now", now.toEpochMilli())
                .execute() == 1;
        Customer current = findForUpdate(handle, id).orElseThrow();
        return new Upserted(apply(handle, current, update, now), created);
    }

    /** The customer, locked until the transaction ends (SQLite's IMMEDIATE transactions lock already). */
    private Optional<Customer> findForUpdate(Handle handle, String id) {
        String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
        return handle.createQuery("SELECT * FROM customers WHERE id = :id" + lock)
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne();
    }

    private Customer apply(Handle handle, Customer current, CustomerUpdate update, Instant now) {
        Customer next = update.applyTo(current, now);
        bindAll(handle.createUpdate(updateSql), next).execute();
        return next;
    }

    /**
     * Locks the customer until the caller's transaction ends, so decisions about one customer
     * (frequency caps) are taken one after another across nodes. SQLite's IMMEDIATE transactions
     * hold the database's one write lock already.
     */
    public void lock(Handle handle, String id) {
        if (dialect == Dialect.POSTGRESQL) {
            handle.createQuery("SELECT id FROM customers WHERE id = :id FOR UPDATE").bind("id", id).mapTo(String.class).findOne();
        }
    }

    public Optional<Customer> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM customers WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** The time zone of each of these customers that exists (see {@link Customer#zone()}), by id. */
    public Map<String, ZoneId> zones(Collection<String> ids) {
        Map<String, ZoneId> zones = new HashMap<>();
        if (ids.isEmpty()) {
            return zones;
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT id, timezone FROM customers WHERE " + dialect.inJsonArray("id", ":ids"))
                .bind("ids", Dialect.jsonArray(ids))
                .map((rs, ctx) -> Map.entry(rs.getString(1), Customer.zoneOf(rs.getString(2))))
                .forEach(entry -> zones.put(entry.getKey(), entry.getValue())));
        return zones;
    }

    public boolean exists(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT 1 FROM customers WHERE id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    /**
     * Withdraws the customer's consent on a channel ({@code email}, {@code sms}, {@code push},
     * {@code whatsapp}); false when there is no such customer or channel.
     */
    public boolean withdrawConsent(String id, String channelLabel) {
        Optional<Channel> channel = Channel.parse(channelLabel);
        if (channel.isEmpty()) {
            return false;
        }
        CustomerUpdate withdrawal = new CustomerUpdate(false, Map.of(), mapper.createObjectNode(),
                Map.of(channel.get(), new CustomerUpdate.ConsentChange(false, null)));
        return merge(id, withdrawal).isPresent();
    }

    /** Ids of the customers with this phone number (an SMS reply names its sender so). */
    public List<String> idsWithPhone(String phone) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM customers WHERE phone = :phone ORDER BY id")
                .bind("phone", phone)
                .mapTo(String.class)
                .list());
    }

    /** Erases the customer, their events and identities (the foreign keys cascade). */
    public boolean delete(String id) {
        return jdbi.inTransaction(handle -> handle.createUpdate("DELETE FROM customers WHERE id = :id")
                .bind("id", id)
                .execute() == 1);
    }

    Page<Customer> list(CustomerFilter filter, int limit, Optional<String> cursor) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> binds = new HashMap<>();
        filter.email().ifPresent(email -> condition(clauses, binds, "email = :email", "email", email));
        filter.createdAfter().ifPresent(t -> condition(clauses, binds, "created_at >= :createdAfter", "createdAfter", t.toEpochMilli()));
        filter.createdBefore().ifPresent(t -> condition(clauses, binds, "created_at < :createdBefore", "createdBefore", t.toEpochMilli()));
        filter.updatedAfter().ifPresent(t -> condition(clauses, binds, "updated_at >= :updatedAfter", "updatedAfter", t.toEpochMilli()));
        filter.updatedBefore().ifPresent(t -> condition(clauses, binds, "updated_at < :updatedBefore", "updatedBefore", t.toEpochMilli()));
        for (int i = 0; i < filter.attributes().size(); i++) {
            CustomerFilter.AttributeEquals attribute = filter.attributes().get(i);
            clauses.add(dialect.jsonKeyAsText("attributes", ":attrKey" + i) + " = :attrValue" + i);
            binds.put("attrKey" + i, attribute.key());
            binds.put("attrValue" + i, attribute.value());
        }
        String sql = clauses.isEmpty() ? SqlCondition.ALWAYS.sql() : String.join(" AND ", clauses);
        return matching(new SqlCondition(sql, binds), limit, cursor);
    }

    private static void condition(List<String> clauses, Map<String, Object> binds, String clause, String name, Object value) {
        clauses.add(clause);
        binds.put(name, value);
    }

    /** A page of the customers for whom the condition holds, in id order. */
    public Page<Customer> matching(SqlCondition condition, int limit, Optional<String> cursor) {
        String after = cursor.map(c -> Cursor.decode(c, 1).get(0)).orElse("");
        List<Customer> rows = jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT * FROM customers WHERE customers.id > :after AND (" + condition.sql()
                    + ") ORDER BY customers.id LIMIT :limit");
            condition.binds().forEach(query::bind);
            return query.bind("after", after).bind("limit", limit + 1).map((rs, ctx) -> read(rs)).list();
        });
        return Page.of(rows, limit, CustomerStore::cursorOf);
    }

    /** The cursor of the page (in id order) that continues after this customer. */
    public static String cursorOf(Customer customer) {
        return Cursor.encode(customer.id());
    }

    /** The ids of the customers the condition holds for (callers bound the condition to a few ids). */
    public List<String> ids(SqlCondition condition) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT customers.id FROM customers WHERE " + condition.sql());
            condition.binds().forEach(query::bind);
            return query.mapTo(String.class).list();
        });
    }

    /** How many customers the condition holds for. */
    public long count(SqlCondition condition) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery("SELECT COUNT(*) FROM customers WHERE " + condition.sql());
            condition.binds().forEach(query::bind);
            return query.mapTo(Long.class).one();
        });
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static String updateSql(Dialect dialect) {
        StringBuilder sql = new StringBuilder("UPDATE customers SET ");
        for (ProfileField field : ProfileField.values()) {
            sql.append(field.column()).append(" = :").append(field.column()).append(", ");
        }
        for (Channel channel : Channel.values()) {
            sql.append(channel.subscribedColumn()).append(" = :").append(channel.subscribedColumn()).append(", ");
            sql.append(channel.changedAtColumn()).append(" = :").append(channel.changedAtColumn()).append(", ");
        }
        sql.append("attributes = ").append(dialect.jsonParameter(":attributes")).append(", updated_at = :updated_at WHERE id = :id");
        return sql.toString();
    }

    private Update bindAll(Update update, Customer customer) {
        for (ProfileField field : ProfileField.values()) {
            update.bind(field.column(), field.of(customer));
        }
        for (Channel channel : Channel.values()) {
            ChannelConsent consent = customer.consent().get(channel.label());
            update.bind(channel.subscribedColumn(), consent == null ? null : consent.subscribed());
            update.bind(channel.changedAtColumn(), consent == null ? null : consent.changedAt().toEpochMilli());
        }
        return update.bind("attributes", customer.attributes().toString())
                .bind("updated_at", customer.updatedAt().toEpochMilli())
                .bind("id", customer.id());
    }

    private Customer read(ResultSet rs) throws SQLException {
        Map<String, ChannelConsent> consent = new HashMap<>();
        for (Channel channel : Channel.values()) {
            boolean subscribed = rs.getBoolean(channel.subscribedColumn());
            if (!rs.wasNull()) {
                consent.put(channel.label(), new ChannelConsent(subscribed, Instant.ofEpochMilli(rs.getLong(channel.changedAtColumn()))));
            }
        }
        return new Customer(rs.getString("id"),
                rs.getString("email"), rs.getString("phone"),
                rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("timezone"), rs.getString("locale"),
                parseObject(rs.getString("attributes")), consent,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private ObjectNode parseObject(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not JSON", e);
        }
    }
}
