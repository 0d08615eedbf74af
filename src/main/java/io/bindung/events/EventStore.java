package io.bindung.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.db.Database;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads customer timelines. Thread-safe. */
public final class EventStore {
    private final Jdbi jdbi;
    private final ObjectMapper mapper;

    /** Timeline filters: an event name and a half-open time range [from, to). */
    record TimelineFilter(Optional<String> name, Optional<Instant> from, Optional<Instant> to) {
    }

    public EventStore(Database database, ObjectMapper mapper) {
        this.jdbi = database.jdbi();
        this.mapper = mapper;
    }

    /** A customer's events, newest first, keyset-paged on (timestamp, id). */
    Page<Event> timeline(String customerId, TimelineFilter filter, int limit, Optional<String> cursor) {
        return entries(customerId, filter, limit, cursor).map(Entry::event);
    }

    /** An event of a timeline with the cursor of the page that continues after it. */
    record Entry(Event event, String cursor) {
    }

    Page<Entry> entries(String customerId, TimelineFilter filter, int limit, Optional<String> cursor) {
        StringBuilder sql = new StringBuilder("SELECT * FROM events WHERE customer_id = :customerId");
        Map<String, Object> binds = new HashMap<>();
        binds.put("customerId", customerId);
        if (cursor.isPresent()) {
            List<String> parts = Cursor.decode(cursor.get(), 2);
            sql.append(" AND (ts < :cursorTs OR (ts = :cursorTs AND id < :cursorId))");
            binds.put("cursorTs", parseLong(parts.get(0)));
            binds.put("cursorId", parseLong(parts.get(1)));
        }
        filter.name().ifPresent(name -> {
            sql.append(" AND name = :name");
            binds.put("name", name);
        });
        filter.from().ifPresent(from -> {
            sql.append(" AND ts >= :from");
            binds.put("from", from.toEpochMilli());
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND ts < :to");
            binds.put("to", to.toEpochMilli());
        });
        sql.append(" ORDER BY ts DESC, id DESC LIMIT :limit");
        binds.put("limit", limit + 1);
        List<Entry> rows = jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql.toString());
            binds.forEach(query::bind);
            return query.map((rs, ctx) -> read(rs)).list();
        }).stream().map(row -> new Entry(row.event(), Cursor.encode(String.valueOf(row.event().timestamp().toEpochMilli()),
                String.valueOf(row.id())))).toList();
        return Page.of(rows, limit, Entry::cursor);
    }

    private record Row(long id, Event event) {
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new io.bindung.http.ApiException.Invalid("cursor", "is not a cursor this server issued");
        }
    }

    private Row read(ResultSet rs) throws SQLException {
        Event event = new Event(rs.getString("message_id"), rs.getString("type"), rs.getString("name"),
                rs.getString("customer_id"), rs.getString("anonymous_id"),
                Instant.ofEpochMilli(rs.getLong("ts")), Instant.ofEpochMilli(rs.getLong("received_at")),
                json(rs.getString("properties")), json(rs.getString("context")));
        return new Row(rs.getLong("id"), event);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event holds invalid JSON", e);
        }
    }
}
