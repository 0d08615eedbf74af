package io.bindung.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.db.Columns;
import io.bindung.db.Database;
import io.bindung.http.ApiException;
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

/** Campaign definitions, their status and their progress. Thread-safe. */
final class CampaignStore {
    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final Clock clock;

    CampaignStore(Database database, ObjectMapper mapper, Clock clock) {
        this.jdbi = database.jdbi();
        this.mapper = mapper;
        this.clock = clock;
    }

    StoredCampaign create(CampaignDefinition definition) {
        String id = "cmp_" + RandomIds.uuid().replace("-", "").substring(0, 20);
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO campaigns (id, name, status, definition, created_at, updated_at)
                        VALUES (:id, :name, 'draft', :definition, :now, :now)""")
                .bind("id", id)
                .bind("name", definition.name())
                .bind("definition", definition.source().toString())
                .bind("now", clock.millis())
                .execute());
        return find(id).orElseThrow();
    }

    /** Replaces the definition; entries already made stay, so nothing is sent twice. 409 once archived. */
    Optional<StoredCampaign> replace(String id, CampaignDefinition definition) {
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE campaigns SET name = :name, definition = :definition, updated_at = :now
                            WHERE id = :id AND status <> 'archived'""")
                    .bind("id", id)
                    .bind("name", definition.name())
                    .bind("definition", definition.source().toString())
                    .bind("now", clock.millis())
                    .execute();
            Optional<StoredCampaign> campaign = find(id);
            if (changed == 0 && campaign.isPresent()) {
                throw new ApiException.Conflict("Campaign '" + id + "' is archived and can no longer change.");
            }
            return campaign;
        });
    }

    /**
     * Moves the campaign to {@code to} if it is in one of {@code from}; 409 otherwise. Activating
     * starts looking for triggers from now: what happened before, or while paused, does not enrol.
     */
    Optional<StoredCampaign> move(String id, List<CampaignStatus> from, CampaignStatus to) {
        long now = clock.millis();
        return jdbi.inTransaction(handle -> {
            Optional<StoredCampaign> campaign = find(id);
            if (campaign.isEmpty()) {
                return campaign;
            }
            if (!from.contains(campaign.get().status())) {
                throw new ApiException.Conflict("Campaign '" + id + "' is " + campaign.get().status().label()
                        + "; it cannot become " + to.label() + ".");
            }
            handle.createUpdate("""
                            UPDATE campaigns SET status = :to, updated_at = :now,
                                activated_at = CASE WHEN :activating THEN COALESCE(activated_at, :now) ELSE activated_at END,
                                resumed_at = CASE WHEN :activating THEN :now ELSE resumed_at END
                            WHERE id = :id""")
                    .bind("id", id)
                    .bind("to", to.label())
                    .bind("now", now)
                    .bind("activating", to == CampaignStatus.ACTIVE)
                    .execute();
            return find(id);
        });
    }

    Optional<StoredCampaign> find(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM campaigns WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    /** Whether a campaign that is not archived has the segment as its audience. */
    boolean usesSegment(String segmentId) {
        String quoted = "\"segmentId\":\"" + segmentId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"";
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT 1 FROM campaigns WHERE status <> 'archived' AND definition LIKE :pattern ESCAPE '\\'")
                .bind("pattern", "%" + quoted + "%")
                .mapTo(Integer.class)
                .findFirst()
                .isPresent());
    }

    List<StoredCampaign> active() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM campaigns WHERE status = 'active' ORDER BY id")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    Page<StoredCampaign> list(int limit, Optional<String> cursor) {
        String after = cursor.map(c -> Cursor.decode(c, 1).get(0)).orElse("");
        List<StoredCampaign> rows = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM campaigns WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", after)
                .bind("limit", limit + 1)
                .map((rs, ctx) -> read(rs))
                .list());
        return Page.of(rows, limit, CampaignStore::cursorOf);
    }

    /** The cursor of the page (in id order) that continues after this campaign. */
    static String cursorOf(StoredCampaign campaign) {
        return Cursor.encode(campaign.id());
    }

    void scanned(String id, Instant to) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE campaigns SET scanned_to = :to WHERE id = :id")
                .bind("id", id).bind("to", to.toEpochMilli()).execute());
    }

    void enrolled(String id, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE campaigns SET enrolled_at = :at WHERE id = :id")
                .bind("id", id).bind("at", at.toEpochMilli()).execute());
    }

    private StoredCampaign read(ResultSet rs) throws SQLException {
        try {
            return new StoredCampaign(rs.getString("id"), rs.getString("name"), CampaignStatus.of(rs.getString("status")),
                    (ObjectNode) mapper.readTree(rs.getString("definition")),
                    Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                    Columns.instant(rs, "activated_at"), Columns.instant(rs, "resumed_at"), Columns.instant(rs, "scanned_to"),
                    Columns.instant(rs, "enrolled_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored campaign definition is not JSON", e);
        }
    }

}
