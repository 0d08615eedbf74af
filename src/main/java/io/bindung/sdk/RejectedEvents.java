package io.bindung.sdk;

import io.bindung.db.Database;
import io.bindung.http.Cursor;
import io.bindung.http.Page;
import io.bindung.http.RandomIds;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages dropped from batches, newest first, kept for {@link #KEPT}. Thread-safe. */
final class RejectedEvents {
    static final Duration KEPT = Duration.ofDays(7);
    private static final int MAX_MESSAGE_CHARS = 4096;

    private final Jdbi jdbi;
    private final Clock clock;

    RejectedEvents(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = clock;
    }

    /** One dropped message: why, and the message as sent (cut after 4,096 characters). */
    record Rejection(String id, Instant receivedAt, String reason, String message) {
    }

    /** Records these rejections and forgets those older than a week, in one transaction. */
    void record(List<String> reasons, List<String> messages, Instant receivedAt) {
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO rejected_events (id, received_at, reason, message) VALUES (:id, :at, :reason, :message)");
            for (int i = 0; i < reasons.size(); i++) {
                String message = messages.get(i);
                batch.bind("id", RandomIds.uuid()).bind("at", receivedAt.toEpochMilli()).bind("reason", reasons.get(i))
                        .bind("message", message.length() > MAX_MESSAGE_CHARS ? message.substring(0, MAX_MESSAGE_CHARS) + "…" : message)
                        .add();
            }
            batch.execute();
            handle.createUpdate("DELETE FROM rejected_events WHERE received_at < :cutoff")
                    .bind("cutoff", clock.instant().minus(KEPT).toEpochMilli()).execute();
        });
    }

    Page<Rejection> newestFirst(int limit, Optional<String> cursor) {
        List<String> before = cursor.map(c -> Cursor.decode(c, 2)).orElse(List.of(String.valueOf(Long.MAX_VALUE), ""));
        long beforeReceived = Cursor.number(before.get(0));
        List<Rejection> rows = jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM rejected_events"
                        + " WHERE received_at < :received OR (received_at = :received AND id < :id)"
                        + " ORDER BY received_at DESC, id DESC LIMIT :limit")
                .bind("received", beforeReceived)
                .bind("id", cursor.isPresent() ? before.get(1) : "\uffff")
                .bind("limit", limit + 1)
                .map((rs, ctx) -> new Rejection(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("received_at")), rs.getString("reason"),
                        rs.getString("message")))
                .list());
        return Page.of(rows, limit, last -> Cursor.encode(String.valueOf(last.receivedAt().toEpochMilli()), last.id()));
    }
}
