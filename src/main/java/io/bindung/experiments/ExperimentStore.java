package io.bindung.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.db.Columns;
import io.bindung.db.Database;
import io.bindung.http.ApiException;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Experiment definitions, status and phase. Thread-safe. */
final class ExperimentStore {
    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final Clock clock;

    ExperimentStore(Database database, ObjectMapper mapper, Clock clock) {
        this.jdbi = database.jdbi();
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Saves a new draft; 409 when the key is taken. */
    StoredExperiment create(ExperimentDefinition definition) {
        boolean created = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO experiments (experiment_key, name, status, definition, created_at, updated_at)
                        VALUES (:key, :name, 'draft', :definition, :now, :now) ON CONFLICT (experiment_key) DO NOTHING""")
                .bind("key", definition.key())
                .bind("name", definition.name())
                .bind("definition", definition.source().toString())
                .bind("now", clock.millis())
                .execute() == 1);
        if (!created) {
            throw new ApiException.Conflict("An experiment with key '" + definition.key() + "' exists already.");
        }
        return find(definition.key()).orElseThrow();
    }

    /** Replaces the definition, in the same phase or (newPhase) the next one. */
    void replace(Handle handle, ExperimentDefinition definition, boolean newPhase) {
        handle.createUpdate("""
                        UPDATE experiments SET name = :name, definition = :definition, updated_at = :now,
                            phase = phase + :phases,
                            phase_started_at = CASE WHEN :phases = 1 THEN :now ELSE phase_started_at END
                        WHERE experiment_key = :key""")
                .bind("key", definition.key())
                .bind("name", definition.name())
                .bind("definition", definition.source().toString())
                .bind("now", clock.millis())
                .bind("phases", newPhase ? 1 : 0)
                .execute();
    }

    /** The experiment locked for a change (on PostgreSQL; SQLite's write transaction locks already). */
    Optional<StoredExperiment> findForUpdate(Handle handle, String key, boolean postgres) {
        return handle.createQuery("SELECT * FROM experiments WHERE experiment_key = :key" + (postgres ? " FOR UPDATE" : ""))
                .bind("key", key)
                .map((rs, ctx) -> read(rs))
                .findOne();
    }

    void start(Handle handle, String key) {
        handle.createUpdate("UPDATE experiments SET status = 'running', started_at = :now, phase_started_at = :now, updated_at = :now"
                        + " WHERE experiment_key = :key")
                .bind("key", key).bind("now", clock.millis()).execute();
    }

    void stop(Handle handle, String key) {
        handle.createUpdate("UPDATE experiments SET status = 'stopped', stopped_at = :now, updated_at = :now WHERE experiment_key = :key")
                .bind("key", key).bind("now", clock.millis()).execute();
    }

    Optional<StoredExperiment> find(String key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM experiments WHERE experiment_key = :key")
                .bind("key", key)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    Page<StoredExperiment> list(int limit, Optional<String> cursor) {
        String after = cursor.map(c -> Cursor.decode(c, 1).get(0)).orElse("");
        List<StoredExperiment> rows = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM experiments WHERE experiment_key > :after ORDER BY experiment_key LIMIT :limit")
                .bind("after", after)
                .bind("limit", limit + 1)
                .map((rs, ctx) -> read(rs))
                .list());
        return Page.of(rows, limit, ExperimentStore::cursorOf);
    }

    /** The cursor of the page (in key order) that continues after this experiment. */
    static String cursorOf(StoredExperiment experiment) {
        return Cursor.encode(experiment.key());
    }

    private StoredExperiment read(ResultSet rs) throws SQLException {
        try {
            return new StoredExperiment(rs.getString("experiment_key"), rs.getString("name"), rs.getString("status"),
                    rs.getInt("phase"), (ObjectNode) mapper.readTree(rs.getString("definition")),
                    Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                    Columns.instant(rs, "started_at"), Columns.instant(rs, "phase_started_at"), Columns.instant(rs, "stopped_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored experiment definition is not JSON", e);
        }
    }

}
