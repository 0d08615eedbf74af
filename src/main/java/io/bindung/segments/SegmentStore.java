package io.bindung.segments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bindung.db.Database;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import io.bindung.http.RandomIds;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Saved segment definitions. Thread-safe. */
final class SegmentStore {
    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final Clock clock;

    SegmentStore(Database database, ObjectMapper mapper, Clock clock) {
        this.jdbi = database.jdbi();
        this.mapper = mapper;
        this.clock = clock;
    }

    Segment create(SegmentDefinition definition) {
        String id = "seg_" + RandomIds.uuid().replace("-", "").substring(0, 20);
        long now = clock.millis();
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO segments (id, name, description, rule, created_at, updated_at)
                        VALUES (:id, :name, :description, :rule, :now, :now)""")
                .bind("id", id)
                .bind("name", definition.name())
                .bind("description", definition.description().orElse(null))
                .bind("rule", definition.rule().toString())
                .bind("now", now)
                .execute());
        return find(id).orElseThrow();
    }

    /** Replaces the definition; empty when there is no such segment. */
    Optional<Segment> replace(String id, SegmentDefinition definition) {
        int changed = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE segments SET name = :name, description = :description, rule = :rule, updated_at = :now
                        WHERE id = :id""")
                .bind("id", id)
                .bind("name", definition.name())
                .bind("description", definition.description().orElse(null))
                .bind("rule", definition.rule().toString())
                .bind("now", clock.millis())
                .execute());
        return changed == 0 ? Optional.empty() : find(id);
    }

    Optional<Segment> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM segments WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** Segments from the oldest to the newest. */
    Page<Segment> list(int limit, Optional<String> cursor) {
        List<String> after = cursor.map(c -> Cursor.decode(c, 2)).orElse(List.of("-1", ""));
        long afterCreated = Cursor.number(after.get(0));
        List<Segment> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM segments
                        WHERE created_at > :created OR (created_at = :created AND id > :id)
                        ORDER BY created_at, id LIMIT :limit""")
                .bind("created", afterCreated)
                .bind("id", after.get(1))
                .bind("limit", limit + 1)
                .map((rs, ctx) -> read(rs))
                .list());
        return Page.of(rows, limit, SegmentStore::cursorOf);
    }

    /** The cursor of the page that continues after this segment. */
    static String cursorOf(Segment segment) {
        return Cursor.encode(String.valueOf(segment.createdAt().toEpochMilli()), segment.id());
    }

    boolean delete(String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM segments WHERE id = :id").bind("id", id).execute() == 1);
    }


    private Segment read(ResultSet rs) throws SQLException {
        try {
            return new Segment(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                    mapper.readTree(rs.getString("rule")), null,
                    Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rule is not JSON", e);
        }
    }
}
