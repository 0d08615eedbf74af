package io.bindung.sendtime;

import io.bindung.db.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engagement of each campaign message that the profiles count (migration V019): its first. A
 * message shows when its customer was around once; a click minutes after the open, or a second
 * open, repeats that hour, and counting it would make a customer who clicks look twice as sure of
 * their hours as one who only opens (in bench/sendtime.sh, counting every engagement chose worse
 * hours: 69% instead of 73% of the oracle's lift for 6–20 past engagements). Engagements may arrive
 * in any order: an earlier one replaces the one counted. Events without a campaign message each
 * count. A row is pruned {@link #KEPT} after its engagement, so storage stays bounded; an
 * engagement of the same message arriving later than that counts again. Not thread-safe: one per
 * catch-up round.
 */
final class FirstEngagements {
    static final Duration KEPT = Duration.ofDays(30);

    /** A campaign message, as its events name it ({@code campaignId}, {@code messageKey}). */
    record Message(String campaignId, String key) {
        /** The message of an event, or null for an event outside campaign messages. */
        static Message of(String campaignId, String key) {
            return campaignId == null || key == null ? null : new Message(campaignId, key);
        }
    }

    /** A weight to add to the profile at an instant: negative takes back an engagement counted before. */
    record Change(long ts, double weight) {
    }

    private record Key(Message message, EngagementChannel channel) {
    }

    private record Counted(String customerId, long ts, double weight) {
    }

    private final Map<Key, Counted> counted = new HashMap<>();
    private final Set<Key> changed = new HashSet<>();
    private long newest = Long.MIN_VALUE;

    private FirstEngagements() {
    }

    static FirstEngagements none() {
        return new FirstEngagements();
    }

    /** The counted engagements of these messages. */
    static FirstEngagements of(Handle handle, Dialect dialect, Collection<Message> messages) {
        FirstEngagements firsts = new FirstEngagements();
        if (messages.isEmpty()) {
            return firsts;
        }
        Set<Message> wanted = Set.copyOf(messages);
        handle.createQuery("SELECT message_key, campaign_id, channel, customer_id, ts, weight FROM engagement_messages WHERE "
                        + dialect.inJsonArray("message_key", ":keys"))
                .bind("keys", Dialect.jsonArray(wanted.stream().map(Message::key).distinct().toList()))
                .map((rs, ctx) -> Map.entry(new Key(new Message(rs.getString(2), rs.getString(1)), EngagementChannel.parse(rs.getString(3))
                        .orElseThrow()), new Counted(rs.getString(4), rs.getLong(5), rs.getDouble(6))))
                .forEach(row -> {
                    if (wanted.contains(row.getKey().message())) {
                        firsts.counted.put(row.getKey(), row.getValue());
                    }
                });
        return firsts;
    }

    /**
     * What a customer's engagement at {@code ts} changes in their profile on a channel: nothing when
     * an engagement of the same message at or before it is counted, else its weight, less that of
     * the later engagement it replaces.
     */
    List<Change> offer(EngagementChannel channel, Message message, String customerId, long ts, double weight) {
        newest = Math.max(newest, ts);
        if (message == null) {
            return List.of(new Change(ts, weight));
        }
        Key key = new Key(message, channel);
        Counted before = counted.get(key);
        if (before != null && before.customerId().equals(customerId) && before.ts() <= ts) {
            return List.of();
        }
        counted.put(key, new Counted(customerId, ts, weight));
        changed.add(key);
        if (before == null || !before.customerId().equals(customerId)) {
            return List.of(new Change(ts, weight));
        }
        return List.of(new Change(before.ts(), -before.weight()), new Change(ts, weight));
    }

    /** Forgets a customer's counted engagements before their profiles are replayed from all their events. */
    void forget(Handle handle, String customerId) {
        handle.createUpdate("DELETE FROM engagement_messages WHERE customer_id = :customer").bind("customer", customerId).execute();
        counted.values().removeIf(first -> first.customerId().equals(customerId));
    }

    /** Stores what changed, and prunes rows {@link #KEPT} older than the newest engagement offered. */
    void save(Handle handle) {
        PreparedBatch upsert = handle.prepareBatch("INSERT INTO engagement_messages (message_key, campaign_id, channel, customer_id, ts, weight)"
                + " VALUES (:key, :campaign, :channel, :customer, :ts, :weight) ON CONFLICT (message_key, campaign_id, channel) DO UPDATE"
                + " SET customer_id = excluded.customer_id, ts = excluded.ts, weight = excluded.weight");
        for (Key key : changed) {
            Counted first = counted.get(key);
            if (first != null) {
                upsert.bind("key", key.message().key()).bind("campaign", key.message().campaignId()).bind("channel", key.channel().label())
                        .bind("customer", first.customerId()).bind("ts", first.ts()).bind("weight", first.weight()).add();
            }
        }
        if (upsert.size() > 0) {
            upsert.execute();
        }
        changed.clear();
        if (newest == Long.MIN_VALUE) {
            return;
        }
        handle.createUpdate("DELETE FROM engagement_messages WHERE ts < :before").bind("before", newest - KEPT.toMillis()).execute();
    }
}
