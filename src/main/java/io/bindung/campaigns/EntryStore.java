package io.bindung.campaigns;

import io.bindung.db.Columns;
import io.bindung.db.Database;
import io.bindung.db.Dialect;
import io.bindung.db.SqlCondition;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaign entries: enrolment from events, new customers, lapsed customers or a segment, all as
 * one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} each, so a scan may overlap the previous one
 * and a customer still enters once per occurrence. Thread-safe.
 */
final class EntryStore {
    private static final String INSERT = "INSERT INTO campaign_entries (campaign_id, customer_id, occurrence, triggered_at,"
            + " properties, due_at, status) ";
    private static final String IGNORE_EXISTING = " ON CONFLICT (campaign_id, customer_id, occurrence) DO NOTHING";

    private final Jdbi jdbi;
    private final Dialect dialect;

    EntryStore(Database database) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
    }

    /** Each event matching {@code match} (over {@code events e}) with a time in [from, to]. */
    int enrolEvents(String campaignId, SqlCondition match, Instant from, Instant to, Duration wait) {
        return execute(INSERT + "SELECT :campaign, e.customer_id, e.message_id, e.ts, CAST(e.properties AS TEXT), e.ts + :wait, 'waiting'"
                + " FROM events e WHERE e.customer_id IS NOT NULL AND e.ts >= :from AND e.ts <= :to AND (" + match.sql() + ")"
                + IGNORE_EXISTING, campaignId, match, from, to, wait);
    }

    /** Each customer created in [from, to]. */
    int enrolCreated(String campaignId, Instant from, Instant to, Duration wait) {
        return execute(INSERT + "SELECT :campaign, customers.id, 'created', customers.created_at, '{}', customers.created_at + :wait,"
                + " 'waiting' FROM customers WHERE customers.created_at >= :from AND customers.created_at <= :to"
                + IGNORE_EXISTING, campaignId, SqlCondition.ALWAYS, from, to, wait);
    }

    /** Each customer whose last {@code event} became {@code after} old in [from, to]. */
    int enrolLapsed(String campaignId, String event, Duration after, Instant from, Instant to, Duration wait) {
        SqlCondition lapse = new SqlCondition("e.name = :event AND NOT EXISTS (SELECT 1 FROM events later"
                + " WHERE later.customer_id = e.customer_id AND later.name = e.name AND later.ts > e.ts)",
                Map.of("event", event, "after", after.toMillis()));
        return execute(INSERT + "SELECT :campaign, e.customer_id, e.message_id, e.ts + :after, '{}', e.ts + :after + :wait, 'waiting'"
                + " FROM events e WHERE e.customer_id IS NOT NULL AND e.ts >= :from - :after AND e.ts <= :to - :after AND ("
                + lapse.sql() + ")" + IGNORE_EXISTING, campaignId, lapse, from, to, wait);
    }

    /** Every customer the audience condition (over {@code customers}) holds for, due at {@code due}. */
    int enrolAudience(String campaignId, SqlCondition audience, Instant due) {
        return execute(INSERT + "SELECT :campaign, customers.id, 'once', :to, '{}', :to, 'waiting' FROM customers WHERE ("
                + audience.sql() + ")" + IGNORE_EXISTING, campaignId, audience, due, due, Duration.ZERO);
    }

    private int execute(String sql, String campaignId, SqlCondition condition, Instant from, Instant to, Duration wait) {
        return jdbi.withHandle(handle -> {
            Update update = handle.createUpdate(sql);
            condition.binds().forEach(update::bind);
            return update.bind("campaign", campaignId)
                    .bind("from", from.toEpochMilli())
                    .bind("to", to.toEpochMilli())
                    .bind("wait", wait.toMillis())
                    .execute();
        });
    }

    /**
     * Waiting entries of active campaigns that are due, oldest first, locked for this transaction
     * (on PostgreSQL, rows another node holds are skipped; SQLite has one writer).
     */
    List<Entry> claimDue(Handle handle, Instant now, int limit) {
        String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE OF campaign_entries SKIP LOCKED" : "";
        return handle.createQuery("SELECT campaign_entries.* FROM campaign_entries JOIN campaigns ON campaigns.id = campaign_id"
                        + " WHERE campaign_entries.status = 'waiting' AND due_at <= :now AND campaigns.status = 'active'"
                        + " ORDER BY due_at LIMIT :limit" + lock)
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs))
                .list();
    }

    /** Whether any of these campaigns has a due entry whose send time is still to be chosen. */
    boolean anyUntimedDue(List<String> campaignIds, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT 1 FROM campaign_entries WHERE status = 'waiting' AND due_at <= :now"
                        + " AND send_at IS NULL AND campaign_id IN (<campaigns>) LIMIT 1")
                .bind("now", now.toEpochMilli())
                .bindList("campaigns", campaignIds)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    /** Moves a timed entry to its send time; it is decided again then. */
    void postpone(Handle handle, Entry entry, Instant sendAt) {
        handle.createUpdate("UPDATE campaign_entries SET due_at = :at, send_at = :at"
                        + " WHERE campaign_id = :campaign AND customer_id = :customer AND occurrence = :occurrence")
                .bind("at", sendAt.toEpochMilli())
                .bind("campaign", entry.campaignId())
                .bind("customer", entry.customerId())
                .bind("occurrence", entry.occurrence())
                .execute();
    }

    /** Records the {@link TimingArm} of an entry of a campaign with optimised timing, as its send time is decided. */
    void timed(Handle handle, Entry entry, TimingArm arm) {
        handle.createUpdate("UPDATE campaign_entries SET timing_arm = :arm"
                        + " WHERE campaign_id = :campaign AND customer_id = :customer AND occurrence = :occurrence")
                .bind("arm", arm.label())
                .bind("campaign", entry.campaignId())
                .bind("customer", entry.customerId())
                .bind("occurrence", entry.occurrence())
                .execute();
    }

    /** Records the decision: {@code sent}, {@code held_out}, {@code exited} or {@code suppressed}. */
    void decide(Handle handle, Entry entry, String status, String reason, String variant, String messageKey, Instant now) {
        handle.createUpdate("""
                        UPDATE campaign_entries SET status = :status, reason = :reason, variant = :variant,
                            message_key = :key, decided_at = :now
                        WHERE campaign_id = :campaign AND customer_id = :customer AND occurrence = :occurrence""")
                .bind("status", status)
                .bind("reason", reason)
                .bind("variant", variant)
                .bind("key", messageKey)
                .bind("now", now.toEpochMilli())
                .bind("campaign", entry.campaignId())
                .bind("customer", entry.customerId())
                .bind("occurrence", entry.occurrence())
                .execute();
    }

    /** Whether the customer did the event after the trigger, up to now. */
    boolean didSince(Handle handle, Entry entry, String event, Instant now) {
        return handle.createQuery("SELECT 1 FROM events WHERE customer_id = :customer AND name = :event AND ts > :since AND ts <= :now")
                .bind("customer", entry.customerId())
                .bind("event", event)
                .bind("since", entry.triggeredAt().toEpochMilli())
                .bind("now", now.toEpochMilli())
                .mapTo(Integer.class)
                .findFirst()
                .isPresent();
    }

    /** A campaign's entries by customer and occurrence, optionally of one status. */
    Page<EntryView> list(String campaignId, Optional<String> status, int limit, Optional<String> cursor) {
        List<String> after = cursor.map(c -> Cursor.decode(c, 2)).orElse(List.of("", ""));
        List<EntryView> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM campaign_entries WHERE campaign_id = :campaign
                          AND (:status = '' OR status = :status)
                          AND (customer_id > :customer OR (customer_id = :customer AND occurrence > :occurrence))
                        ORDER BY customer_id, occurrence LIMIT :limit""")
                .bind("campaign", campaignId)
                .bind("status", status.orElse(""))
                .bind("customer", after.get(0))
                .bind("occurrence", after.get(1))
                .bind("limit", limit + 1)
                .map((rs, ctx) -> view(rs))
                .list());
        return Page.of(rows, limit, last -> Cursor.encode(last.customerId(), last.occurrence()));
    }

    private static EntryView view(ResultSet rs) throws SQLException {
        return new EntryView(rs.getString("customer_id"), rs.getString("occurrence"), rs.getString("status"),
                rs.getString("reason"), rs.getString("variant"), rs.getString("message_key"), rs.getString("timing_arm"),
                Instant.ofEpochMilli(rs.getLong("triggered_at")), Instant.ofEpochMilli(rs.getLong("due_at")),
                Columns.instant(rs, "decided_at").orElse(null));
    }

    private static Entry read(ResultSet rs) throws SQLException {
        return new Entry(rs.getString("campaign_id"), rs.getString("customer_id"), rs.getString("occurrence"),
                Instant.ofEpochMilli(rs.getLong("triggered_at")), rs.getString("properties"),
                Instant.ofEpochMilli(rs.getLong("due_at")), Columns.instant(rs, "send_at"));
    }
}
